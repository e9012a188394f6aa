# Texts the core uses around every flow (English mirror of vi/core.ftl).

# The primary counselling line is configuration (PRIMARY_HOTLINE, PRIMARY_HOTLINE_SCOPE): see vi/core.ftl.
primary-line-name = { $primaryLineScope ->
    [default] Counselling line of the Thái Nguyên Social Protection and Social Work Centre
   *[other] { $primaryLineScope }
}

choice-sos = 🆘 Emergency numbers
choice-exit = 🚪 Quick exit
reprompt-unknown = Sorry, I did not understand. You can tap a button or type the number of an option.
menu-expired = That menu is out of date. Here is the current question:
flow-restarted = Tin Cậy was just updated, so we are starting again from the main menu. Sorry for the trouble.
share-location = 📍 Send my location
share-location-hint = Or tap the button below to send your location (used only to find places near you, not kept).
error-fallback = Sorry, something went wrong with your message. Please try again in a few minutes. In danger: call 113 (police), 115 (ambulance), 111 (children); counselling: { $primaryLine }.
