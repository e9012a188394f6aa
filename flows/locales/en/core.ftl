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

# Sent once per window to a chat that went over its message limit (src/channels/limits/chat-gate.ts); the messages
# after it in that window were not read, so it says so — and always carries the numbers.
rate-limited-notice = You are sending very fast, so I could not read your last few messages. Please wait about { $seconds } seconds and send them again; I am still here. In danger: call 113 (police), 115 (ambulance), 111 (children); counselling: { $primaryLine }.

# What a person sees when a request to the web chat fails, by error code (src/http/server.ts). Always ends with
# what to do in danger: an error must never leave someone without the numbers.
http-emergency = In danger: call 113 (police), 115 (ambulance), 111 (children); counselling: { $primaryLine }.
http-error-bad-request = This request is not quite right. Please reload the page and try again. { http-emergency }
http-error-unauthorized = This request needs to be authenticated. { http-emergency }
http-error-forbidden = This request is not allowed. { http-emergency }
http-error-not-found = This page was not found. { http-emergency }
http-error-conflict = This request clashed with another one. Please try again. { http-emergency }
http-error-payload-too-large = That message is too long. Please send a shorter one. { http-emergency }
http-error-unsupported-media = This format is not supported. { http-emergency }
http-error-rate-limited = You are sending faster than we can read. Please wait a few seconds and send again. { http-emergency }
http-error-internal = Something went wrong on our side. Please try again in a few minutes. { http-emergency }
http-error-unavailable = Tin Cậy is briefly unavailable. Please try again in a few minutes. { http-emergency }
http-error-config-invalid = Something went wrong on our side. Please try again in a few minutes. { http-emergency }
http-error-data-invalid = Something went wrong on our side. Please try again in a few minutes. { http-emergency }
http-error-delivery-refused = Something went wrong on our side. Please try again in a few minutes. { http-emergency }
http-error-flow-failed = Something went wrong on our side. Please try again in a few minutes. { http-emergency }
