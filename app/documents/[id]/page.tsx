import { notFound } from 'next/navigation';
import { ReviewScreen } from '@/components/review/review-screen';

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return <ReviewScreen documentId={id} />;
}
