export { AdminError } from "./errors";
export { correctIncident, revertCorrection, type CorrectInput, type CorrectResult } from "./corrections";
export { markReviewed, setReviewStatus, reviewQueue, REVIEW_STATUSES, CONFLICT_RATIO, type QueueItem, type ReviewStatus } from "./review";
export { excludeClaim, restoreClaim, moveClaim } from "./claims";
export { mergeIncidents, splitIncident } from "./incidents";
export { hideArticle, restoreArticle, reextractOne } from "./articles";
