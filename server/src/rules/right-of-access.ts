import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-of-access',
  title: 'Right of access',
  citations: [
    { label: 'GDPR Art. 15', url: gdprArt(15) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:right (?:of|to) (?:access|information|know)|access(?:ing)? (?:to )?(?:the |your |any |all |such |that |this |our )?(?:\w+ ){0,2}(?:data|information|details|records|history)|access (?:it|them)\b|access(?:ing)?,? (?:(?:and|or|and\/or) )?(?:\w+,? ){0,3}(?:rectif|correct|updat|delet|eras|amend|modif|chang|edit|port|remov)|(?:review|see|view|inspect|examine)(?:,| or| and)? (?:[\w.'’-]+,? ){0,5}(?:(?:your|their|my|personal|account|(?:his|her) child's) (?:\w+ ){0,2}(?:data|information|details|records)|(?:data|information|details|records) (?:that |which )?(?:we|\w+ (?:has|have)) (?:hold|have|keep|store|collect\w*|process|maintain)|(?:data|information|details|records) (?:we |that we )?(?:hold|held|kept|stored|maintained) (?:about|on|regarding)|(?:data|information|details|records) (?:about|regarding|concerning|on) (?:you|them))|(?:find out|learn|know|see|ask(?: us)?|check|confirm)(?: about)? (?:if|whether|what|which) (?:\w+ ){0,4}(?:data|information|details)|obtain (?:a )?cop(?:y|ies)|(?:receive|get|request|have|ask(?: us)? for|send you|obtain|download|export) (?:\w+ ){0,2}(?:copy|archive|export)\b(?! of (?:\w+ ){0,2}(?:notice|policy|statement|agreement|terms|contract|clauses|safeguards))|(?:cop(?:y|ies)|archive|overview|summary|list) of (?:\w+ ){0,5}(?:data|information)|confirm(?:ation)?(?: of| as to)? whether|subject access|access request)/i,
  article: '15',
  needsFrame: true,
  /** Access by someone else (an app, a provider, our staff), a service another company offers, or keeping copies: not the reader's right. */
  notCue: /\b(?:obtain|gain|get|need|require)s? (?:such|this|that) access\b|\b(?:grant\w*|giv\w*|allow\w*|permit\w*) (?:us|them|it|the app\w*|(?:\w+ ){0,2}permission) (?:\w+ ){0,2}access\b|\b(?:that|who|which) (?:may |will |might )?(?:have|has|had|gain|get) access\b|\brequest access to (?:\w+ ){0,3}(?:on|from) your (?:\w+ )?(?:device|computer|phone)|\b(?:retain|keep|store|maintain)\w* (?:\w+ ){0,3}(?:cop(?:y|ies)|archives?)\b|\b(?:employees|staff|personnel|engineers|moderators|administrators|admins)(?: (?:do not|don't|never|will not|won't|may|might|can|cannot|will|only|generally|routinely|do))?(?: not)? (?:monitor\w{0,3}|view|see|access|review|read|look at)\b|\b(?:other|third[- ]party|outside) (?:\w+ ){0,2}(?:companies|websites|sites|services|providers|apps|applications|businesses|institutions) (?:\w+ ){0,3}(?:offer|provide|allow|let|enable)\w{0,2}\b/i,
  missing: 'The policy does not tell people they can access their personal data. State the right of access: a copy of the data and information about its use (GDPR Art. 15).',
  hover: {
    summary: 'People can ask whether you process their personal data and, if you do, get a copy of it together with the purposes, recipients, retention and source.',
    why: 'Access is the gateway right: without it people cannot check or correct what you hold. The notice must name it (Art. 13(2)(b)).',
    good: 'Say that people can request a copy of their data, how to ask (email or form), and that you answer within one month.',
  },
  clause: 'Access: you can ask us whether we hold personal data about you and request a copy of it, together with information about how we use it (GDPR Art. 15). Send your request to [[privacy contact email]].',
});
