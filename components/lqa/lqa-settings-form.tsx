'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { can, useMe } from '../account/use-me';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useLqaSettings, useSaveLqaSettings, type LqaSettings, type LqaSeverity } from './use-lqa';

const SEVERITIES: LqaSeverity[] = ['neutral', 'minor', 'major', 'critical'];

/** The project's LQA severity weights and pass threshold; admins change them, others read them. Category weights are kept as they are. */
export function LqaSettingsForm() {
  const me = useMe();
  const settings = useLqaSettings();
  const save = useSaveLqaSettings();
  const [draft, setDraft] = useState<LqaSettings | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const admin = can(me.data, 'admin');
  if (settings.error) return <Alert>{settings.error.message}</Alert>;
  if (!draft) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft);
  };
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  return (
    <form onSubmit={submit} aria-label="LQA settings" className="space-y-2 text-sm">
      <div className="flex flex-wrap items-end gap-3">
        {SEVERITIES.map((s) => (
          <label key={s} className="flex flex-col text-xs">
            {s} weight
            <input
              type="number"
              min={0}
              step="any"
              disabled={!admin}
              value={Number.isNaN(draft.severityWeights[s]) ? '' : draft.severityWeights[s]}
              onChange={(e) => setDraft({ ...draft, severityWeights: { ...draft.severityWeights, [s]: number(e.target.value) } })}
              className="w-20 rounded border border-slate-300 px-2 py-1 text-sm"
            />
          </label>
        ))}
        <label className="flex flex-col text-xs">
          Pass threshold (points per 1,000 words)
          <input
            type="number"
            min={0}
            step="any"
            disabled={!admin}
            value={Number.isNaN(draft.passThreshold) ? '' : draft.passThreshold}
            onChange={(e) => setDraft({ ...draft, passThreshold: number(e.target.value) })}
            className="w-28 rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        {admin && (
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save LQA settings
          </Button>
        )}
      </div>
      {!admin && <p className="text-xs text-slate-500">Only an admin can change these.</p>}
      {save.isSuccess && !save.isPending && <p className="text-xs text-emerald-700">Saved; scores use the new settings.</p>}
      {save.error && <Alert>{save.error.message}</Alert>}
    </form>
  );
}
