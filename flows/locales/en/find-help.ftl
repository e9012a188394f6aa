# Find help near me (English mirror of vi/find-help.ftl).

find-where = Where would you like to find help? Type a province or city (for example: Thái Nguyên, Hà Nội), or tap to send your location and see the nearest places.
find-commune = Which commune or ward are you in? Type its name, or choose to see the whole province.
find-whole-province = Whole province
find-results = What would you like to do next?
find-again = Search another place
