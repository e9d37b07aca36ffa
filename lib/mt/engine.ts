/** The Engine interface every machine-translation back end implements, and the one error type they throw. */
import type { SourceLang, TargetLang } from '../lang';
import type { DeepLModelType } from './deepl';

/** Formal or informal address; only German targets have it. */
export type Formality = 'more' | 'less';

export interface TranslateRequest {
  /** Texts to translate independently; the answer has one translation per text, in order. */
  texts: string[];
  sourceLang: SourceLang;
  targetLang: TargetLang;
  /** Surrounding text that steers the translation but is not translated itself (and not billed by DeepL). */
  context?: string;
  /**
   * Overrides the engine's model type for this request. Not part of `Engine.id`, so requests that
   * set it or `formality` must bypass the translation memory.
   */
  modelType?: DeepLModelType;
  /** Formal ('more') or informal ('less') address; only for German targets, which DeepL otherwise refuses. */
  formality?: Formality;
  /**
   * A DeepL glossary (see syncGlossary) whose terms the translation must use. Not part of
   * `Engine.id`: callers that remember translations put it into the memory key (translateSegments does).
   */
  glossaryId?: string;
}

export interface Engine {
  /** Stable id that includes every setting changing the output, e.g. 'deepl:quality_optimized'; part of the memory key. */
  readonly id: string;
  /** Name shown in the UI. */
  readonly label: string;
  /** The model type the engine uses when a request names none; absent for engines without model types. */
  readonly modelType?: DeepLModelType;
  translate(req: TranslateRequest, signal?: AbortSignal): Promise<string[]>;
}

export type EngineErrorCode =
  | 'auth'
  | 'quota'
  | 'rate-limit'
  | 'unavailable'
  | 'timeout'
  | 'bad-request'
  | 'unknown';

/** Codes worth trying again later without changing anything. */
const RETRYABLE_CODES: ReadonlySet<EngineErrorCode> = new Set(['rate-limit', 'unavailable', 'timeout']);

/** A failed translation; `message` is plain words for the UI and says what to do next. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly retryable: boolean;
  /** HTTP status of the engine's answer, when there was one. */
  readonly status: number | undefined;

  constructor(
    code: EngineErrorCode,
    message: string,
    options: { retryable?: boolean; status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EngineError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_CODES.has(code);
    this.status = options.status;
  }
}
