import { ImportForm } from '@/components/import/import-form';

export default function ImportPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Import file</h1>
      <ImportForm />
    </div>
  );
}
