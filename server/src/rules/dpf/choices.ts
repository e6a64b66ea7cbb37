import { defineRule } from '../../core/rule';
import { RIGHTS_SECTION } from '../cues';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { contactNear, notice } from './cues';

/** A choice the individual has to limit use or disclosure: opt out, unsubscribe, withdraw consent, object, tell us not to. */
const CHOICE =
  /\bopt(?:-| )?out\b|\bunsubscrib\w{0,3}\b|\b(?:withdraw|revoke)\w{0,3} (?:your |their |this |that )?consent\b|\bright to object\b|\b(?:you (?:can|may|could|are free to)|you have the (?:right|option|choice)|ask us|tell us|let us know|instruct us|direct us|(?:if|where|should) you (?:would )?(?:prefer|rather|do not want|don't want|object|wish))\b[^.;]{0,80}\b(?:not (?:to )?(?:use|using|disclos\w{0,3}|shar\w{0,3}|pass\w{0,3}|transfer\w{0,3}|send\w{0,3}|contact\w{0,3})|stop (?:using|sharing|disclosing|sending|contacting|passing)|limit\w{0,3}|restrict\w{0,3}|object\w{0,3}|opt\w{0,3})\b/i;
/** The means: a link, a setting, an address, a form. */
const MEANS =
  /\b(?:link|links|settings?|preferences?|dashboard|form|portal|toggle|button|by (?:e-?mailing|writing|calling|contacting|clicking|visiting|using|replying|sending)|click\w{0,3}|e-?mail(?:ing)? us|contact(?:ing)? us|write to us|reply\w{0,3}|in your account|account page)\b|https?:\/\/|\bwww\./i;

export default defineRule({
  id: 'dpf-choices',
  title: 'DPF: choices and means to limit use and disclosure',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('viii')],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'Describe the choices people have to limit how you use and disclose their personal data (for example opting out of disclosure to third parties or of a use materially different from the original purpose) and the concrete means to make them: a link, a setting, an address.',
    why: 'The Framework gives individuals a say over new uses and onward disclosures of their data; a choice nobody can find how to make is not a choice.',
    good: 'Each choice with its means: "to stop us from sharing your data with advertising partners, switch off the setting at ...; to opt out of a new use, write to ...".',
  },
  clause: { text: 'Your choices: you can tell us not to disclose your personal data to third parties, or not to use it for a purpose materially different from the one it was collected for, by [[means, e.g. the setting at ... or an email to ...]].' },
  check(ctx) {
    const choices = sentencesWhere(ctx, CHOICE);
    return decide({
      hits: choices.filter((s) => holdsWithNext(ctx, MEANS, s) || contactNear(ctx, s)),
      partial: choices,
      partialMessage: 'The policy mentions a choice to limit use or disclosure but not how to make it. Give the means (a link, a setting, an address) (DPF Notice Principle II.1.a(viii)).',
      missing: 'The policy does not describe the choices and means people have to limit the use and disclosure of their personal data (DPF Notice Principle II.1.a(viii)).',
    });
  },
});
