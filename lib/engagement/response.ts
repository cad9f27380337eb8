/**
 * First-response time of one item. Each end comes from the platform's own timestamp when the page showed it (comment
 * posted, brand reply posted), else from when the extension first saw it. `platform` only when both ends are the
 * platform's. When the extension first saw the item already answered and the page gave no reply time, the answer
 * happened at an unknown moment before: the time stays unknown rather than a flattering zero.
 */
export interface ResponseFacts {
  postedAt?: string;
  firstSeenAt: string;
  answerSeenAt?: string;
  brandReplyAt?: string;
}

export interface ResponseTime {
  answeredAt?: string;
  responseMs?: number;
  responseSource?: 'platform' | 'extension';
}

export function computeResponse(f: ResponseFacts): ResponseTime {
  const answeredAt = f.brandReplyAt ?? f.answerSeenAt;
  if (!answeredAt) return {};
  const firstSeen = Date.parse(f.firstSeenAt);
  if (f.brandReplyAt && f.postedAt) {
    return { answeredAt, responseMs: nonNegative(Date.parse(f.brandReplyAt) - Date.parse(f.postedAt)), responseSource: 'platform' };
  }
  if (f.brandReplyAt) {
    const end = Date.parse(f.brandReplyAt);
    // Answered before the extension ever saw the comment: when it was posted is unknown.
    if (end < firstSeen) return { answeredAt };
    return { answeredAt, responseMs: end - firstSeen, responseSource: 'extension' };
  }
  const end = Date.parse(f.answerSeenAt!);
  if (!(end > firstSeen)) return { answeredAt };
  const start = f.postedAt ? Date.parse(f.postedAt) : firstSeen;
  return { answeredAt, responseMs: nonNegative(end - start), responseSource: 'extension' };
}

const nonNegative = (ms: number) => (ms > 0 ? ms : 0);
