/**
 * @module Lookups that copy a reference (a payment's receivable's customer): their value is a
 * record's id, shown as a link to that record, found from the form the lookup copies from.
 */
import type { FormDefinition } from '@heng/engine';
import { createContext, useContext, useEffect, useState } from 'react';
import { publishedFormOnce } from './data.js';
import { lookupSourceForm } from './lookups.js';

/** For each lookup of a form that copies a reference field: the form of the records its values name. */
export type LookupLinks = ReadonlyMap<string, string>;

const NONE: LookupLinks = new Map();

/**
 * The lookups of `form` whose source field is a reference, with the form that reference points
 * to, read from the published forms the lookups copy from; empty until they are read.
 *
 * @example
 * useLookupLinks(payment).get('receivable_customer') // 'customer'
 */
export function useLookupLinks(form: FormDefinition): LookupLinks {
  const [links, setLinks] = useState<LookupLinks>(NONE);
  useEffect(() => {
    let live = true;
    const lookups = form.fields.flatMap((f) => {
      const from = f.type === 'lookup' && f.resultType === 'text' ? lookupSourceForm(form, f) : undefined;
      return f.type === 'lookup' && from !== undefined ? [{ id: f.id, source: f.field, from }] : [];
    });
    void Promise.all(
      lookups.map(async (l) => {
        const source = (await publishedFormOnce(l.from).catch(() => undefined))?.fields.find((x) => x.id === l.source);
        return source?.type === 'reference' ? [[l.id, source.target] as const] : [];
      }),
    ).then((found) => {
      if (live) setLinks(new Map(found.flat()));
    });
    return () => {
      live = false;
    };
  }, [form]);
  return links;
}

/** The lookup links of the record form being shown. */
export const LookupLinksContext = createContext<LookupLinks>(NONE);

/** The form of the record `lookupId`'s value names, when it copies a reference. */
export function useLookupLink(lookupId: string): string | undefined {
  return useContext(LookupLinksContext).get(lookupId);
}
