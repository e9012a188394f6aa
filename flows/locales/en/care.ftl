# Care after sexual violence in the last days (mirrors vi/care.ftl; sources listed there).
# source: WHO, Responding to intimate partner violence and sexual violence against women: WHO clinical and policy guidelines (2013) — https://www.who.int/publications/i/item/9789241548595
# source: WHO, UNFPA, UNHCR, Clinical management of rape and intimate partner violence survivors: developing protocols for use in humanitarian settings (2020) — https://www.who.int/publications/i/item/9789240001411

care-after-sexual =
    If it happened in the last 5 days, seeing a doctor soon can still do a lot — even if you do not want to go to the police:
    • Emergency contraception works up to 120 hours (5 days), best as early as possible.
    • HIV prevention medicine (PEP) must start within 72 hours (3 days).
    • A hospital can treat injuries, prevent infections and record evidence.
    • If you can, keep the clothes you wore and do not wash before the exam. If you already have, still go.
    • For an ambulance call 115. In danger: call 113.
    Sources: WHO, Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013); WHO, UNFPA, UNHCR, Clinical management of rape and intimate partner violence survivors (2020).
care-find-help = Find a hospital or help near me
care-intake-note = { care-after-sexual }
