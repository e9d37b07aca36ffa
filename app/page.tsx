import Link from 'next/link';
import { DocumentsList } from '@/components/documents/documents-list';

export default function HomePage() {
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">Documents</h1>
        <Link href="/documents/new" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          New document
        </Link>
      </div>
      <DocumentsList />
    </div>
  );
}
