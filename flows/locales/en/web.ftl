# The web chat page (src/channels/web/page.html, page.js). Rendered on the server in Vietnamese; the page switches
# to the English texts when the replies come in English. The bar's fourth number is the primary counselling line.
web-title = Tin Cậy — chat
web-bar-label = Emergency calls
web-bar-police = Police
web-bar-ambulance = Ambulance
web-bar-children = Children
web-bar-counselling = Counselling
web-call = Call { $number }, { $who }
web-exit = Quick exit
web-exit-label = Quick exit: clear the chat and leave the page
web-about = Chat with Tin Cậy, an automated assistant. In an emergency call 113.
web-input-label = Your message
web-placeholder = Type a message…
web-send = Send
web-share-location = 📍 Send my location
web-no-location = Could not get your location. You can type the name of your province or city.
web-error = Something went wrong, please try again. In an emergency call 113.
web-offline = Connection lost. In an emergency call 113 (police), 115 (ambulance), 111 (children), counselling { $primaryLine }.
