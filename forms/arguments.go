package forms

// Argument ids: the typical appeal arguments of legal-reference.md §7 and design.md
// step 7. They are stable: the .appeal file stores them in "arguments" and evidence
// items name them in "supports"; templates/ holds each one's text per language.
const (
	ArgNoReasons         = "no-reasons"         // no real reasoning: ZUP Art. 141(4), 158; ZoS Art. 9(3), 65(2)
	ArgNotHeard          = "not-heard"          // no access to the assessment, not heard: ZUP Art. 11, 64, 65; ZoS Art. 9(9); ECHR Art. 1 P7
	ArgFamily            = "family"             // family life and children: ZoS Art. 65(3), 75; ECHR Art. 8 (Üner)
	ArgLengthOfStay      = "length-of-stay"     // length of stay and ties: ZoS Art. 65(2), 66(4), 71(2), 72(3)
	ArgSpeech            = "speech"             // speech and assembly as the real reason: ECHR Art. 10, 11, 14
	ArgRiskOnReturn      = "risk-on-return"     // non-refoulement: ZoS Art. 83(3); Constitution Art. 39(3); ECHR Art. 3
	ArgProportionality   = "proportionality"    // ZUP Art. 6; ZoS Art. 78(5); ECHR Art. 8
	ArgInspectFile       = "inspect-file"       // request to inspect the file: ZUP Art. 64–65
	ArgPostponeExecution = "postpone-execution" // request to postpone execution: ZUS Art. 23(3); ZUP Art. 202(4)
)

// AllArguments lists the argument ids in the order the appeal presents them.
var AllArguments = []string{
	ArgNoReasons, ArgNotHeard, ArgFamily, ArgLengthOfStay, ArgSpeech,
	ArgRiskOnReturn, ArgProportionality, ArgInspectFile, ArgPostponeExecution,
}
