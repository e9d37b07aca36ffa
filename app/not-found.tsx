import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p>
        This page or document does not exist. <Link className="underline" href="/">Back to the documents</Link>.
      </p>
    </div>
  );
}
