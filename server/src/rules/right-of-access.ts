import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-of-access',
  title: 'Right of access',
  citations: [
    { label: 'GDPR Art. 15', url: gdprArt(15) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:right (?:of|to) access|access(?:ing)? (?:to )?(?:the |your |any |all |such |that |this |our )?(?:\w+ ){0,2}(?:data|information|details|records)|access(?: to)?, |access (?:it|them)\b|obtain (?:a )?cop(?:y|ies)|(?:receive|get|request|have|ask for|send you) a copy|cop(?:y|ies) of (?:\w+ ){0,4}(?:data|information)|right to know|know (?:what|which|whether|about) (?:\w+ ){0,3}(?:data|information)|confirm(?:ation)?(?: of| as to)? whether|subject access|access request|access,)/i,
  needsFrame: true,
  missing: 'The policy does not tell people they can access their personal data. State the right of access: a copy of the data and information about its use (GDPR Art. 15).',
  hover: {
    summary: 'People can ask whether you process their personal data and, if you do, get a copy of it together with the purposes, recipients, retention and source.',
    why: 'Access is the gateway right: without it people cannot check or correct what you hold. The notice must name it (Art. 13(2)(b)).',
    good: 'Say that people can request a copy of their data, how to ask (email or form), and that you answer within one month.',
  },
  clause: 'Access: you can ask us whether we hold personal data about you and request a copy of it, together with information about how we use it (GDPR Art. 15). Send your request to [[privacy contact email]].',
});
