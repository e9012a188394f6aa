# Report intake (flows/main/intake). English mirror of vi/intake.ftl.

intake-intro =
    I will ask a few short questions; it usually takes a few minutes. You can skip any question or go back.
    • Your answers are not sent to anyone until you confirm them at the end.
    • If you choose “save as I go”, each answer is saved at once, so that if you have to stop half-way what you told is still kept. Your phone number and code word are still saved only when you confirm.
    • To stop, type “menu”: you will choose whether to delete or keep what you answered.
    If you are in danger, tap 🆘 for emergency numbers.
intake-start = Start
intake-start-save = Start, save as I go
intake-affected = Who is being hurt or treated badly?
affected-self = Me
affected-other = Someone else
affected-child = A child
intake-child-note = For a child, you can call 111 — the National Child Protection Hotline (free, 24/7). If the child is in danger right now, call 113.

intake-kinds = What happened? You can choose several: tap one at a time (tap again to unselect), then tap “Done”.
kind-physical = Hitting, hurting the body
kind-rape = Forced sex, rape
kind-sexual_contact = Other unwanted sexual contact
kind-psychological = Insults, humiliation, threats
kind-economic = Taking or controlling money
kind-controlling = Controlling, isolating, locking in
kind-neglect = Neglect, abandonment
kind-forced_marriage = Forced marriage or divorce
kind-online = Online abuse
kind-trafficking = Trafficking
kind-workplace_harassment = Sexual harassment at work
intake-kind-name = { $kind ->
    [physical] { kind-physical }
    [rape] { kind-rape }
    [sexual_contact] { kind-sexual_contact }
    [psychological] { kind-psychological }
    [economic] { kind-economic }
    [controlling] { kind-controlling }
    [neglect] { kind-neglect }
    [forced_marriage] { kind-forced_marriage }
    [online] { kind-online }
    [trafficking] { kind-trafficking }
   *[workplace_harassment] { kind-workplace_harassment }
}
intake-kind-added = ✓ Chosen: { intake-kind-name }. Choose more, or tap “Done”.
intake-kind-removed = Unselected: { intake-kind-name }.

intake-relationship = Who is the person causing harm to the person affected?
rel-spouse = Husband or wife
rel-ex_spouse = Former husband or wife
rel-partner = Boyfriend or girlfriend
rel-ex_partner = Former boyfriend or girlfriend
rel-parent = Parent or step-parent
rel-child = Son or daughter
rel-family = Other family or relative
rel-employer = Boss or co-worker
rel-acquaintance = Someone known, a neighbour
rel-stranger = A stranger
rel-other = Someone else
intake-ongoing = Is this still happening?
ongoing-yes = Yes, it is still happening
ongoing-no = No, it has stopped
ongoing-unsure = Not sure
intake-last = When did it last happen?
last-0_3_days = In the last 3 days
last-4_5_days = 4 to 5 days ago
last-6_14_days = 6 to 14 days ago
last-2_weeks_1_month = 2 weeks to 1 month ago
last-over_1_month = More than a month ago

intake-province = In which province or city did it happen? Type its name (for example: Thái Nguyên, Hà Nội, Ho Chi Minh City). Names from before 2025 work too.
intake-commune = In which commune or ward? Just the name of the commune or ward — no home address needed.

intake-about = Next come a few optional questions about sex and age, so the statistics can be counted by sex. No names; nobody can tell it is you from these answers. Would you like to answer them?
about-answer = Yes, answer
intake-victim-sex = Sex of the person affected:
intake-victim-age = How old is the person affected?
intake-perp-sex = Sex of the person causing harm:
intake-perp-age = About how old is the person causing harm?
sex-female = Female
sex-male = Male
sex-other = Another gender
sex-unknown = Not known
sex-prefer_not = Prefer not to say
age-0-11 = 0–11 years
age-12-17 = 12–17 years
age-18-25 = 18–25 years
age-26-40 = 26–40 years
age-41-60 = 41–60 years
age-61plus = 61 or older
age-unknown = Age not known
age-prefer_not = Prefer not to say

# The safe-callback plan. Phone, typed safe hours and code word go to the case under `contact` (sealed).
intake-callback = Would you like a counsellor to contact you? Choose the way that is safest for you.
callback-chat = Only in this chat
callback-phone = Call me by phone
callback-none = No contact, thanks
# Where no counsellor exists (flows/main/people.ts): nobody will contact the person, and they are told so.
intake-no-contact =
    Tin Cậy has no counsellors who could contact you at the moment: nobody will call or message you about this report. The report is still recorded when you send it at the last step.
    To talk to a person, call { $primaryLine } — { primary-line-name }.
intake-phone = Which phone number is safe to call you on? It is stored encrypted, and deleted { $retentionDays } days after the case is closed.
intake-phone-invalid = That number does not look right. Please type it again (for example: 0912 345 678), or tap “Skip”.
intake-safe-hours = When is it safe to call you? Choose a time, or type what suits you (for example: “after 9 pm”, “Saturdays only”).
hours-morning = Morning (8–11)
hours-midday = Midday (11–14)
hours-afternoon = Afternoon (14–17)
hours-evening = Evening (17–21)
hours-any = Any time
intake-shared-phone = Does anyone else use or look at this phone?
shared-yes = Yes, others use it
shared-no = Only I use it
shared-unsure = Not sure
intake-leave-message = If you do not answer, may the counsellor leave a voice or text message? If you skip this, they will leave nothing.
leave-no = No, leave nothing
leave-yes = Yes, a message is fine
intake-code-word = Would you like a safety code word? When they call, the counsellor will say it first so you know it is really them. Type the word (for example: “lotus”), or tap “Skip”.

# Two separate consents (case-standards.md (a): consent_referral, consent_reporting).
intake-consent-referral = Do you agree that we pass this case on to local support services (such as the Women’s Union, a social work centre, legal aid) so they can help you? If you say no or skip, nothing is passed on.
intake-consent-stats = Do you agree that this case is counted in anonymised statistics (no name, no phone number, no story) that we share with partner agencies and organisations? If you say no or skip, it is not counted.
consent-yes = Yes, I agree
consent-no = No

# The summary before submitting. Arguments: flows/main/intake/summary.ts (ids → `v…` variant keys).
summary-none = (not answered)
intake-summary =
    Here is a summary of your answers:
    • Who is affected: { $affected ->
        [self] { affected-self }
        [other] { affected-other }
        [child] { affected-child }
       *[none] { summary-none }
    }
    • What happened:{ $kindCount ->
        [0] {" "}{ summary-none }
       *[other] {""}
    }{ $kPhysical ->
        [y] {"\u000A"}   – { kind-physical }
       *[n] {""}
    }{ $kRape ->
        [y] {"\u000A"}   – { kind-rape }
       *[n] {""}
    }{ $kSexualContact ->
        [y] {"\u000A"}   – { kind-sexual_contact }
       *[n] {""}
    }{ $kPsychological ->
        [y] {"\u000A"}   – { kind-psychological }
       *[n] {""}
    }{ $kEconomic ->
        [y] {"\u000A"}   – { kind-economic }
       *[n] {""}
    }{ $kControlling ->
        [y] {"\u000A"}   – { kind-controlling }
       *[n] {""}
    }{ $kNeglect ->
        [y] {"\u000A"}   – { kind-neglect }
       *[n] {""}
    }{ $kForcedMarriage ->
        [y] {"\u000A"}   – { kind-forced_marriage }
       *[n] {""}
    }{ $kOnline ->
        [y] {"\u000A"}   – { kind-online }
       *[n] {""}
    }{ $kTrafficking ->
        [y] {"\u000A"}   – { kind-trafficking }
       *[n] {""}
    }{ $kWorkplaceHarassment ->
        [y] {"\u000A"}   – { kind-workplace_harassment }
       *[n] {""}
    }
    • Person causing harm: { $relationship ->
        [spouse] { rel-spouse }
        [ex_spouse] { rel-ex_spouse }
        [partner] { rel-partner }
        [ex_partner] { rel-ex_partner }
        [parent] { rel-parent }
        [child] { rel-child }
        [family] { rel-family }
        [employer] { rel-employer }
        [acquaintance] { rel-acquaintance }
        [stranger] { rel-stranger }
        [other] { rel-other }
       *[none] { summary-none }
    }
    • Still happening: { $ongoing ->
        [yes] { ongoing-yes }
        [no] { ongoing-no }
        [unsure] { ongoing-unsure }
       *[none] { summary-none }
    }
    • Last time: { $lastIncident ->
        [v0_3_days] { last-0_3_days }
        [v4_5_days] { last-4_5_days }
        [v6_14_days] { last-6_14_days }
        [v2_weeks_1_month] { last-2_weeks_1_month }
        [over_1_month] { last-over_1_month }
       *[none] { summary-none }
    }
    • Where: { $province ->
        [none] { summary-none }
       *[other] { $province }
    }{ $commune ->
        [none] {""}
       *[other] , { $commune }
    }
    • Person affected: { $victimSex ->
        [female] { sex-female }
        [male] { sex-male }
        [other] { sex-other }
        [unknown] { sex-unknown }
        [prefer_not] { sex-prefer_not }
       *[none] { summary-none }
    }, { $victimAge ->
        [v0-11] { age-0-11 }
        [v12-17] { age-12-17 }
        [v18-25] { age-18-25 }
        [v26-40] { age-26-40 }
        [v41-60] { age-41-60 }
        [v61plus] { age-61plus }
        [unknown] { age-unknown }
        [prefer_not] { age-prefer_not }
       *[none] { summary-none }
    }
    • Person causing harm (sex, age): { $perpSex ->
        [female] { sex-female }
        [male] { sex-male }
        [other] { sex-other }
        [unknown] { sex-unknown }
        [prefer_not] { sex-prefer_not }
       *[none] { summary-none }
    }, { $perpAge ->
        [v0-11] { age-0-11 }
        [v12-17] { age-12-17 }
        [v18-25] { age-18-25 }
        [v26-40] { age-26-40 }
        [v41-60] { age-41-60 }
        [v61plus] { age-61plus }
        [unknown] { age-unknown }
        [prefer_not] { age-prefer_not }
       *[none] { summary-none }
    }
    • Contact: { $callback ->
        [chat] { callback-chat }
        [phone] { callback-phone }: { $phone ->
            [none] { summary-none }
           *[other] { $phone }
        }
        [none] { callback-none }
       *[other] { summary-none }
    }{ $callback ->
        [phone] {"\u000A"}   – Safe hours: { $safeHours ->
            [morning] { hours-morning }
            [midday] { hours-midday }
            [afternoon] { hours-afternoon }
            [evening] { hours-evening }
            [any] { hours-any }
            [note] { $safeHoursNote }
           *[none] { summary-none }
        }{"\u000A"}   – Shared phone: { $sharedPhone ->
            [yes] { shared-yes }
            [no] { shared-no }
            [unsure] { shared-unsure }
           *[none] { summary-none }
        }{"\u000A"}   – Leave a message: { $leaveMessage ->
            [no] { leave-no }
            [yes] { leave-yes }
           *[none] { summary-none }
        }{"\u000A"}   – Safety code word: { $codeWordText ->
            [none] { summary-none }
           *[other] { $codeWordText }
        }
       *[other] {""}
    }
    • Agree to referral to support services: { $consentReferral ->
        [yes] { consent-yes }
        [no] { consent-no }
       *[none] { summary-none }
    }
    • Agree to anonymised statistics: { $consentStatistics ->
        [yes] { consent-yes }
        [no] { consent-no }
       *[none] { summary-none }
    }
intake-confirm = Is everything right?
intake-submit = Yes, send it
intake-edit = Change something
intake-cancel = Stop, do not send
intake-edit-pick = Which part would you like to change?
edit-affected = Who is affected
edit-kinds = What happened
edit-relationship = Who did it
edit-when = When
edit-place = Where
edit-about = Sex and age
edit-contact = How to contact you
edit-consent = Consents

# After submit. `case-submitted` is sent by the case module with the reference code.
case-submitted =
    Sent. Your case reference is: { $ref }
    Keep it somewhere safe (or remember it). If you get in touch again, just give this code. Type the code here to see how your case stands.

# Status by reference code (src/cases/case-status.ts): see vi/intake.ftl.
case-status-unknown = I cannot find a case with this code in this chat. Please check the code (it looks like TC-XXXXXX). A code can only be looked up in the chat that sent the case.
case-status-received =
    Case { $ref }: received.
    { $queued ->
        [yes] Your request to be contacted is waiting for a counsellor to take it. They write to you here only if you agreed.
       *[other] Nobody has been asked to contact you about this case. To talk to a person, call { $primaryLine } — { primary-line-name }.
    }
case-status-claimed =
    Case { $ref }: a counsellor is looking after it.
    They write to you here only if you agreed. If the danger grows, call 113.
case-status-closed =
    Case { $ref }: closed.
    Its contact details and account are deleted { $retentionDays } days after closing. You can report again at any time from the main menu.
intake-next =
    { $callback ->
        [chat] You agreed that a counsellor may write to you here.
        [phone] Your case goes to the counselling team to call you back at the safe time you chose.
       *[other] Nobody will contact you. You can come back here at any time.
    }
    { $referral ->
        [yes] With your consent, this case may be passed on to local support services.
       *[other] Your information will not be passed on anywhere else.
    }
    Once the case is closed, contact details and your story are deleted after { $retentionDays } days.
intake-done = What would you like to do next?

# Stopping half-way: the person decides what is kept (flows/main/intake/submit.ts).
intake-leave =
    Do you want to stop the report here?
    • Continue: go back to the question you were answering.
    • Stop, keep answers: your answers are kept as an unfinished report, without phone number or code word; nobody will contact you.
    • Stop and delete all: every answer from this report is dropped.
intake-continue = Continue
intake-stop-keep = Stop, keep answers
intake-stop-delete = Stop and delete all
intake-stopped-kept = Stopped. The answers you gave are kept (without contact details). You can report again at any time.
intake-stopped-deleted = Stopped, and every answer from this report was dropped.
intake-resume = You have an unfinished report. Continue it or start again?
intake-restart = Start again
