import { NewDocumentForm } from '@/components/documents/new-document-form';

export default function NewDocumentPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">New document</h1>
      <NewDocumentForm />
    </div>
  );
}
