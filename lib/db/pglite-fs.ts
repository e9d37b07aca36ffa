/** PGlite's Node file system made durable and private: postgres's fsync calls reach the disk, and no file is readable by group or others. */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Only the owner's bits: what every file and directory of the database keeps. */
const PRIVATE = ~0o077;

/**
 * PGlite's defaults start postgres with `-F` (fsync off); with fsync on, `wal_sync_method=fsync` because
 * Emscripten drops fdatasync() while fsync() reaches the file system's stream_ops.fsync below.
 */
export const durableStartParams: string[] = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

type ModuleOptions = Parameters<NodeFS['init']>[1];

/** The parts of Emscripten's NODEFS changed here (not in PGlite's types). */
interface Nodefs {
  stream_ops: { fsync?: (stream: { nfd: number }) => number };
  node_ops: { mknod: (parent: unknown, name: string, mode: number, dev: number) => unknown };
  doSetAttr: (target: unknown, node: unknown, attr: { mode?: number }, ...rest: unknown[]) => void;
}

/** NodeFS whose Emscripten NODEFS syncs on fsync (it has no fsync of its own) and creates files owner-only. */
export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: ModuleOptions) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const harden = (mod: { NODEFS: unknown }) => {
      const nodefs = mod.NODEFS as Nodefs;
      nodefs.stream_ops.fsync = (stream) => {
        fs.fsyncSync(stream.nfd);
        return 0;
      };
      const mknod = nodefs.node_ops.mknod;
      nodefs.node_ops.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & PRIVATE, dev);
      const doSetAttr = nodefs.doSetAttr;
      nodefs.doSetAttr = (target, node, attr, ...rest) =>
        doSetAttr(target, node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & PRIVATE }, ...rest);
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), harden] } };
  }
}

/**
 * Takes group and other bits off everything under `dir` (directories made by an older version, or by initdb's copy),
 * and when `sync` is set also flushes every file and directory: a fresh database is copied in without fsync.
 */
export function settleDirectory(dir: string, { sync }: { sync: boolean }): void {
  const visit = (p: string, isDir: boolean) => {
    if (isDir) for (const entry of fs.readdirSync(p, { withFileTypes: true })) visit(path.join(p, entry.name), entry.isDirectory());
    const { mode } = fs.statSync(p);
    if (mode & 0o077) fs.chmodSync(p, mode & 0o700);
    if (sync) {
      const fd = fs.openSync(p, 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  };
  visit(dir, true);
}
