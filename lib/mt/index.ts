/** Machine translation: the Engine interface, the DeepL engine, batching, translation memory, document translation and the DeepL-assisted checks (round trip, alternatives, second opinion). */
export { EngineError, type Engine, type EngineErrorCode, type Formality, type TranslateRequest } from './engine';
export {
  createDeepLEngine,
  engineFromEnv,
  DEEPL_MODEL_TYPES,
  type DeepLEngineOptions,
  type DeepLModelType,
} from './deepl';
export { planBatches, requestBodyBytes, DEEPL_LIMITS, type Batch, type BatchLimits, type SourceSegment } from './batch';
export { memoryKey, inMemoryStore, dbMemoryStore, type MemoryEntry, type MemoryStore } from './memory';
export {
  translateSegments,
  type TranslatedSegment,
  type TranslationProgress,
  type TranslateSegmentsOptions,
  type TranslateSegmentsResult,
} from './translate-document';
export { roundTrip, type RoundTripRequest, type RoundTripResult } from './roundtrip';
export { alternatives, type Alternative, type AlternativesRequest } from './alternatives';
export {
  secondOpinion,
  otherModelType,
  type SecondOpinion,
  type SecondOpinionRequest,
  type SecondOpinionSegment,
} from './second-opinion';
export {
  syncGlossary,
  type GlossaryEntry,
  type SkippedEntry,
  type SyncGlossaryOptions,
  type SyncGlossaryResult,
} from './glossary';
