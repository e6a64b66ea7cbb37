/**
 * Two small drafts whose parse trees (with their facts and word index) the engine keeps for the life of the process.
 *
 * Why: V8 keeps a hidden class (the layout of an object) only while some object still uses it; the classes reached by
 * adding properties one by one are held weakly. Between two analyses nothing of the last one need be alive, and a
 * full garbage collection then frees the classes of the parse tree, the line index, the word index and the facts.
 * Every optimised function that read them is thrown away, and the next analyses run two to four times slower while
 * the engine warms up again (measured in docs/performance.md). The CLI and any loop over documents meet this; so does
 * the server once it has dropped its last parse tree. Two parsed drafts kept alive keep those classes, for a few KB.
 *
 * The drafts are written to take the parser's and scanners' common paths: a Markdown draft and a plain-text one
 * (numbered and all-caps headings), lists, a date, contact details, a placeholder, a comment.
 */
export const SHAPE_KEEPER_MARKDOWN = `# Privacy Policy

Last updated: 2 March 2025

<!-- a note for the editors -->

## 1. Who we are

Example Trading Ltd, 1 High Street, Exeter EX1 1AA, United Kingdom, is the controller. Write to privacy@example.com,
call +44 20 7946 0000 or visit https://example.com/privacy. Our address for post is [ADDRESS].

## What we collect

- Your name and email address, so that we can answer you.
- The pages you visit, if you accept analytics cookies.

## Where your data goes

We send order data to a provider in the United States under the EU-U.S. Privacy Shield.

## Your rights

You may ask for a copy of your data or ask us to correct it. You can complain to the Information Commissioner's Office.
`;

export const SHAPE_KEEPER_PLAIN = `PRIVACY POLICY

Last updated: 2 March 2025

1. WHO WE ARE

Example Trading Ltd is the controller. Write to privacy@example.com or call +44 20 7946 0000.

2. YOUR RIGHTS

You may ask for a copy of your data at https://example.com/rights.
`;
