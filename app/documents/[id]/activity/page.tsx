import { notFound } from 'next/navigation';
import { ActivityPage } from '@/components/activity/activity-page';

export default async function DocumentActivity({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return <ActivityPage documentId={id} />;
}
