import { notFound } from 'next/navigation';
import { DocumentStatsPage } from '@/components/stats/document-stats-page';

export default async function DocumentStatistics({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return <DocumentStatsPage documentId={id} />;
}
