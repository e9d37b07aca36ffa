/** Inline Markdown in segment text: bold and italic, shown in the review and protected on save. Pure, so the browser uses it too. */
export { emphasisProblem, emphasisSpans, type EmphasisKind, type EmphasisSpan } from './emphasis';
