# Find help (table DirectoryEntry). A place that does not publish its address (often a private home, a shelter)
# never shows an address or a distance, only the way to reach it.

directory-header-place = Places that can help in { $place }:
directory-header-near = Places that can help near the location you sent (nearest first):
directory-header-near-none = Near the location you sent, there is no place with a published address yet.
directory-former-name = { $former } is now part of { $current }.
directory-commune-unknown = I could not find the commune or ward “{ $commune }” in { $province }.
directory-widened = There is no place listed in { $commune } yet. Here are others in { $province }:
directory-entry = 📍 { $kind }: { $name }
directory-entry-address = Address: { $address }
directory-entry-where = In: { $where }
directory-entry-phone = Phone: { $phone }
directory-entry-hours = Hours: { $hours }
directory-entry-distance = About { $km } km away
directory-private-header = These places do not publish their address, to keep the people staying there safe. Reach them through:
directory-entry-private = 🔒 { $kind }: { $name } ({ $where }) — through { $via }
directory-via-womens-union = the Women's Union of { $commune }
directory-via-womens-union-generic = the Women's Union of your commune or ward
directory-via-commune-committee = the People's Committee of { $commune }
directory-via-commune-committee-generic = the People's Committee of your commune or ward
directory-via-hotline = the line { $number }
directory-sample-note = ⚠️ This is sample data for testing, not a real service.
directory-footer = If you are in danger, call 113 now.
directory-none = I'm sorry, the directory has no place that can help in { $place } yet. You can still call the numbers below.
directory-none-near = I'm sorry, the directory has no place that can help within { $km } km of the location you sent. You can still call the numbers below.
directory-unknown-province = I did not recognise the province or city “{ $typed }”. You can type it again (for example: Thái Nguyên, Hồ Chí Minh City). Meanwhile, you can still call the numbers below.
directory-no-place = Tell me your province or city, or send your location, and I will look for help near you. Meanwhile, you can still call the numbers below.

directory-kind-trusted-address = Trusted address
directory-kind-shelter = Shelter
directory-kind-social-work-centre = Social work centre
directory-kind-legal-aid = Legal aid
directory-kind-health-station = Health
directory-kind-police = Police
directory-kind-other = Support service
