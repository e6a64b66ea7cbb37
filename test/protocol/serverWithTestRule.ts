/**
 * The language server from source, with one extra rule whose clause holds the characters snippet syntax reserves
 * (`$`, `}`, `\`): no clause of the catalogue has them, so only a rule made for the test shows over the protocol
 * that they are escaped. Started with `node --import tsx test/protocol/serverWithTestRule.ts --stdio`; never import
 * it into a test process (it adds the rule to the shared catalogue). The tests spell the clause out themselves.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { defineRule, type RuleDefinition } from '../../server/src/core/rule';
import { startServer } from '../../server/src/lsp/server';
import { catalogue } from '../../server/src/rules';

const TEST_RULE_ID = 'test-reserved-characters';
const TEST_CLAUSE = 'Fees: a paper copy costs $5 {per request}, booked to C:\\Accounts\\$FEES; [[amount in $ or {EUR}]] and [[who pays]].';

(catalogue as RuleDefinition[]).push(
  defineRule({
    id: TEST_RULE_ID,
    title: 'Test rule with reserved characters',
    kind: 'disclosure',
    regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
    citations: [{ label: 'Test', url: 'https://example.org/test' }],
    defaultSeverity: 'warning',
    section: { heading: /\bfees\b/i, title: 'Fees' },
    hover: { summary: 'test', why: 'test', good: 'test' },
    clause: { text: TEST_CLAUSE },
    check: (ctx) => (ctx.doc.text.includes('TEST-FEES') && !ctx.doc.text.includes('Fees: a paper copy') ? { state: 'missing', message: 'test: no fees clause' } : { state: 'satisfied', evidence: [] }),
  }),
);

startServer(createConnection(ProposedFeatures.all));
