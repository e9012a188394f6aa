# The main flow around its sub-flows (English mirror of vi/main.ftl).

welcome =
    Hello, this is Tin Cậy — an automated assistant (not a person) that helps you find support when facing violence.
    • This is not an emergency service. If you are in danger, call 113 (police), 115 (ambulance), 111 (children) now.
    • To leave fast: tap “Quick exit” or type /thoat. I delete the messages the app lets me delete; if you can, delete the whole chat yourself too.
    • Someone who uses this phone may read these messages. If you can, use a safer device.
    • I keep only what you agree to share. Once a case is closed, contact details and your story are deleted after { $retentionDays } days. You can delete your data at any time.{ $campaign ->
        [action-month] {"\u000A"}{ welcome-campaign-action-month }
        [custom] {"\u000A"}📣 { $campaignEn }
       *[none] {""}
    }
    What do you need? Tap an option or type its number:
welcome-campaign-action-month = 📣 Action Month for gender equality and the prevention of gender-based violence (15/11–15/12) — call { $primaryLine } ({ primary-line-name }) if you need someone to listen.
menu-prompt = What do you need? Tap an option or type its number:
menu-danger = I am in danger now
menu-report = Report violence
menu-find-help = Find help near me
menu-hotlines = Hotlines
menu-rights = Know your rights
menu-counsellor = Talk to a counsellor
menu-delete = Delete my data
menu-lang = Tiếng Việt

## Choices used on many screens
choice-back = Back
choice-skip = Skip
choice-menu = Main menu
choice-done = Done
choice-resume = Back to where I was

## Places
province-unknown = I did not recognise that province or city. Please type it again, for example: Thái Nguyên, Hà Nội, Ho Chi Minh City.
province-renamed = Since 1 July 2025, { $old } is part of { $name }. I will use the name { $name }.

## Hotlines and rights
hotlines-next = What would you like to do next?
rights-prompt = What would you like to know about? Each answer is short and names its legal source.
rights-more = Which topic would you like to read next?

## Help, unsupported messages
help-text =
    How to use Tin Cậy:
    • Tap a button, or type the number of an option (for example: 1).
    • Type “back” to go to the previous question, “skip” to skip a question.
    • /menu: main menu · /khancap: emergency numbers · /thoat: quick exit · /xoa: delete your data · /lang: change language.
    • Quick exit can delete only the messages the app lets a bot delete — on Telegram, those from the last 48 hours. Older messages, lock-screen notifications and screenshots I cannot erase: if you can, delete the whole chat yourself.
    Here is the question you were answering:
unsupported = I can only read text messages and locations. Please type, or tap a button. If you are in danger, call 113.

## Quick exit
exit-neutral = Hi there 🙂

## Language
lang-prompt = Chọn ngôn ngữ / Choose a language:
lang-vi = Tiếng Việt
lang-en = English
lang-changed = I will speak English from now on.

## Deleting one's data
delete-confirm =
    Do you want to delete your data?
    • I will delete: your chat address, your contact details (phone number, code word) and this conversation.
    • Reports you sent are no longer linked to you; only anonymised statistics are kept.
    • After this, nobody can write to you here. This cannot be undone.
delete-yes = Yes, delete everything
delete-no = No, keep it
delete-done = Your data has been deleted. You can write again at any time — I will start as if it were the first time.
delete-cancelled = Nothing was deleted.
