'use client';

import { useEffect, useState } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useChecks, type CheckInfo, type RuleInfo, type Severity } from '../findings/use-findings';
import { GlossaryTransfer } from '../import/glossary-transfer';
import { useAddGlossaryEntry, useDeleteGlossaryEntry, useGlossary, useSaveChecks } from './use-settings';

const SEVERITY_CHOICES = [
  ['minor', 'always minor'],
  ['major', 'always major'],
  ['critical', 'always critical'],
] as const;

function SeveritySelect({ label, value, fallback, onChange }: { label: string; value: Severity | null; fallback: string; onChange: (s: Severity | null) => void }) {
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as Severity | null)}
      className="rounded border border-slate-300 px-1 py-0.5"
    >
      <option value="">{fallback}</option>
      {SEVERITY_CHOICES.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** A family's rules, each with its own switch and severity; the family's switch still turns them all off. */
function RuleRows({ check, onChange }: { check: CheckInfo; onChange: (id: string, patch: Partial<RuleInfo>) => void }) {
  const changed = check.rules.filter((r) => r.enabled !== r.defaultEnabled || r.severity).length;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-sky-700">
        {check.rules.length} rules{changed > 0 ? ` (${changed} changed)` : ''}
      </summary>
      <table className="mt-1 w-full text-xs" aria-label={`Rules of ${check.label}`}>
        <tbody className="divide-y divide-slate-100">
          {check.rules.map((r) => (
            <tr key={r.id}>
              <td className="py-1 pr-2 align-top">
                <input
                  type="checkbox"
                  aria-label={`Enable rule ${r.label}`}
                  checked={r.enabled}
                  disabled={!check.enabled}
                  onChange={(e) => onChange(r.id, { enabled: e.target.checked })}
                />
              </td>
              <td className="pr-4 align-top">
                <div className="font-medium">
                  {r.label} <code className="text-slate-600">{r.id}</code>
                </div>
                <div className="text-slate-500">{r.description}</div>
              </td>
              <td className="align-top">
                <SeveritySelect label={`Severity of rule ${r.label}`} value={r.severity} fallback={`default (${r.defaultSeverity})`} onChange={(severity) => onChange(r.id, { severity })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function ChecksForm() {
  const checks = useChecks();
  const save = useSaveChecks();
  const [draft, setDraft] = useState<CheckInfo[]>([]);
  useEffect(() => {
    if (checks.data) setDraft(checks.data);
  }, [checks.data]);
  if (checks.error) return <Alert>{checks.error.message}</Alert>;
  const update = (id: string, patch: Partial<CheckInfo>) => setDraft((d) => d.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const updateRule = (id: string, patch: Partial<RuleInfo>) =>
    setDraft((d) => d.map((c) => ({ ...c, rules: c.rules.map((r) => (r.id === id ? { ...r, ...patch } : r)) })));
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">Checks</h2>
      <p className="text-sm text-slate-600">
        Turn checks, or single rules of a check, on or off and override their severity for this project. A rule’s own severity wins over its check’s. Saving
        re-checks every document.
      </p>
      <table className="w-full max-w-4xl text-sm">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">On</th>
            <th>Check</th>
            <th>Severity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {draft.map((c) => (
            <tr key={c.id}>
              <td className="py-1.5 pr-2 align-top">
                <input type="checkbox" aria-label={`Enable ${c.label}`} checked={c.enabled} onChange={(e) => update(c.id, { enabled: e.target.checked })} />
              </td>
              <td className="pr-4 align-top">
                <div className="font-medium">{c.label}</div>
                <div className="text-xs text-slate-500">{c.description}</div>
                {c.rules.length > 0 && <RuleRows check={c} onChange={updateRule} />}
              </td>
              <td className="align-top">
                <SeveritySelect label={`Severity of ${c.label}`} value={c.severity} fallback="as the check decides" onChange={(severity) => update(c.id, { severity })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {save.error && <Alert>{save.error.message}</Alert>}
      {save.isSuccess && <Alert tone="info">Saved; all documents were re-checked.</Alert>}
      <Button variant="primary" disabled={save.isPending} onClick={() => save.mutate(draft)}>
        {save.isPending ? 'Saving and re-checking…' : 'Save check settings'}
      </Button>
    </section>
  );
}

function GlossaryForm() {
  const glossary = useGlossary();
  const add = useAddGlossaryEntry();
  const del = useDeleteGlossaryEntry();
  const [sourceTerm, setSource] = useState('');
  const [targetTerm, setTarget] = useState('');
  const [forbidden, setForbidden] = useState('');
  const [note, setNote] = useState('');
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">Glossary</h2>
      <p className="text-sm text-slate-600">Each source term must be rendered with the required translation; forbidden variants are flagged on every segment.</p>
      <GlossaryTransfer />
      <form
        className="flex flex-wrap items-end gap-2 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            { sourceTerm, targetTerm, forbidden: forbidden.split(',').map((f) => f.trim()).filter(Boolean), note: note || undefined },
            {
              onSuccess: () => {
                setSource('');
                setTarget('');
                setForbidden('');
                setNote('');
              },
            },
          );
        }}
      >
        <label className="flex flex-col">
          Source term
          <input value={sourceTerm} onChange={(e) => setSource(e.target.value)} className="rounded border border-slate-300 px-2 py-1" placeholder="Maßnahme" />
        </label>
        <label className="flex flex-col">
          Required translation
          <input value={targetTerm} onChange={(e) => setTarget(e.target.value)} className="rounded border border-slate-300 px-2 py-1" placeholder="measure" />
        </label>
        <label className="flex flex-col">
          Forbidden variants (comma-separated)
          <input value={forbidden} onChange={(e) => setForbidden(e.target.value)} className="w-64 rounded border border-slate-300 px-2 py-1" placeholder="action, step" />
        </label>
        <label className="flex flex-col">
          Note
          <input value={note} onChange={(e) => setNote(e.target.value)} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <Button type="submit" variant="primary" disabled={add.isPending}>
          Add term
        </Button>
      </form>
      {add.error && <Alert>{add.error.message}</Alert>}
      {del.error && <Alert>{del.error.message}</Alert>}
      {glossary.error && <Alert>{glossary.error.message}</Alert>}
      <table className="w-full max-w-4xl text-sm" aria-label="Glossary">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Source term</th>
            <th>Required</th>
            <th>Forbidden</th>
            <th>Note</th>
            <th />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {glossary.data?.length === 0 && (
            <tr>
              <td colSpan={5} className="py-2 text-slate-500">
                No terms yet.
              </td>
            </tr>
          )}
          {glossary.data?.map((g) => (
            <tr key={g.id}>
              <td className="py-1.5">{g.sourceTerm}</td>
              <td>{g.targetTerm}</td>
              <td>{g.forbidden.join(', ')}</td>
              <td className="text-slate-500">{g.note}</td>
              <td className="text-right">
                <Button variant="danger" className="!px-2 !py-0.5 text-xs" aria-label={`Delete ${g.sourceTerm}`} onClick={() => del.mutate(g.id)}>
                  Delete
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function SettingsPage() {
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">Project settings</h1>
      <GlossaryForm />
      <ChecksForm />
    </div>
  );
}
