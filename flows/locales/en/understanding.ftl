# What the bot says after reading a message typed in the person's own words (mirrors vi/understanding.ftl).

understanding-heard =
    Thank you for telling me. { $kind ->
        [physical] Being hit, pushed or hurt is physical violence
        [sexual] Being forced into sex or touched sexually against your will is sexual violence
        [psychological] Being insulted, humiliated or threatened again and again is psychological violence
        [economic] Having your money or property taken, kept or controlled is economic violence
        [controlling] Being forbidden, isolated or kept from your family is a form of violence
        [monitoring] Being watched, having your messages read or your phone controlled is control and a form of violence
        [online] Having private images shared or threatened, or being harassed online, is online violence
        [forced_marriage] Being forced to marry or to divorce is domestic violence under the law
        [trafficking] Being deceived, taken away or having your papers kept are signs of human trafficking
       *[neglect] Being left without food or care is violence
    } — it is not your fault.
understanding-device-tip =
    Phone safety: if you can, use another device the other person cannot reach; change passwords somewhere safe; check for unknown apps and location sharing. If the other person would notice a change, think first — your safety comes first.
understanding-ticked = I have already ticked: { intake-kind-name }. You can untick it or add more at the question “What happened?”.

understanding-check-in =
    Are you safe right now?
    If you are in danger, call 113 (police) or 115 (ambulance) now; for a child: 111. Counselling line: { $primaryLine }.
understanding-safe = Yes, I am safe right now
understanding-not-safe = No, I am not safe
understanding-unsure = I am not sure
understanding-unsure-tips =
    Not being sure is all right. If the other person may come back or hurt you, think now of a place you could go (a relative, a neighbour you trust) and keep your phone with you. Call 113 whenever you feel in danger.

understanding-ways =
    What would you like to do next? Choose one, or tell me more.
    Danger: 113 (police) · 115 (ambulance) · 111 (children) · { $primaryLine } (counselling).
understanding-report = Report this
understanding-rights = Your rights about this
understanding-talk = Talk to a person
understanding-next = Next steps
understanding-no-counsellor = No counsellor can chat here at the moment. You can call the numbers below to talk to a person.

understanding-thanks = You're welcome. I'm here whenever you need.
understanding-greeting = Hello. You can tell me in your own words what is happening, or choose an option below.
