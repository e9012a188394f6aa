# Hotlines (table Hotline). Names and purposes come from the database; the operator/area/hours/cost columns hold
# the keys below (rendered in the person's language) or text an admin typed. Sources: each number's `source`.

hotlines-header = Phone lines that can help:
hotlines-header-emergency = If you are in danger, call now:
hotlines-none = The hotline list is empty. If you are in danger, call 113 (police) or 115 (ambulance).
hotline-entry =
    ☎️ { $number } — { $name }
    { $purpose }
hotline-operator = Run by: { $value }
hotline-area = Serves: { $value }
hotline-hours = Hours: { $value }
hotline-cost = Cost: { $value }

hotline-operator-111 = Counselling and Communication Services Centre, Department of Maternal and Child Health, Ministry of Health
hotline-operator-18008080 = Thái Nguyên Social Protection and Social Work Centre (per the province's 2021 plan)
hotline-operator-peace-house = Centre for Women and Development, Vietnam Women's Union
hotline-area-national = Nationwide
hotline-area-thai-nguyen-2021 = Thái Nguyên province (2021 source, before the 2025 merger; current coverage not confirmed)
hotline-hours-24-7 = 24/7
hotline-cost-free = Free
hotline-cost-1900 = May be charged (1900 numbers are usually paid calls)
