'use client';

import { useEffect, useState } from 'react';
import { getAuthor, setAuthor } from '../api';

/** The name revisions are attributed to (until accounts exist), kept in this browser. */
export function AuthorField() {
  const [name, setName] = useState('');
  useEffect(() => setName(getAuthor() === 'anonymous' ? '' : getAuthor()), []);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      Your name
      <input
        aria-label="Your name"
        value={name}
        placeholder="anonymous"
        onChange={(e) => {
          setName(e.target.value);
          setAuthor(e.target.value);
        }}
        className="w-36 rounded border border-slate-300 px-2 py-1 text-slate-900"
      />
    </label>
  );
}
