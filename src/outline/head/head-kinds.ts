import type { MatterKind } from '../../schema/index.js';

/** What a line of a plan's head can be; `content` is where the plan itself begins. */
export const headKinds = [
  'chrome', 'metadata', 'notice', 'docNumber', 'addressees', 'noticeBody', 'attachment', 'signature', 'issuer', 'date', 'disclosure', 'title', 'content',
] as const;
export type HeadKind = (typeof headKinds)[number];

/** The block kind each head kind is kept as in `frontMatter`. */
export const matterKindOf: Record<Exclude<HeadKind, 'content'>, MatterKind> = {
  chrome: 'chrome',
  metadata: 'metadata',
  notice: 'notice',
  docNumber: 'docNumber',
  addressees: 'addressees',
  noticeBody: 'notice',
  attachment: 'attachment',
  signature: 'signature',
  issuer: 'issuers',
  date: 'date',
  disclosure: 'disclosure',
  title: 'title',
};
