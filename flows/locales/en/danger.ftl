# Danger and self-harm (English mirror of vi/danger.ftl; sources listed there).

danger-numbers =
    Your safety comes first. If you are in danger, call now:
    📞 113 — Police
    📞 115 — Medical emergency
    📞 111 — National Child Protection Hotline (free, 24/7; also takes reports of human trafficking)
    📞 { $primaryLine } — { primary-line-name }
    If calling is not safe, try to get to a place where other people are.
danger-prompt = When you can, choose one of these (optional):
danger-relay-yes = Let a counsellor write to me here
danger-where = Tell you where I am
danger-where-prompt = Which province or city are you in? Type its name (for example: Thái Nguyên), or tap to send your location. The province is written in your case; a location is only used to find the nearest help and is not stored.
danger-allowed = You can choose next:
relay-allowed = You agreed that a counsellor may write to you here. They write only because you agreed. To stop, tap “Quick exit”.

selfharm-safety =
    Thank you for telling me. What you are going through is really heavy, and you do not have to carry it alone.
    📞 If you have taken pills, hurt yourself, or are about to: call 115 (medical emergency) now.
    📞 If someone is hurting or threatening you: call 113 (police).
    If you can, stay close to someone you trust, and put things that could hurt you out of reach.
selfharm-prompt = Would you like a counsellor to write to you here? They write only if you agree.
selfharm-relay-yes = Yes, let a counsellor write
selfharm-allowed = I am still here. You can choose next:
selfharm-alone = I am an automated assistant; no person reads this chat. To talk to a person, call { $primaryLine }; if you have hurt yourself or taken pills, call 115. You can choose next:
