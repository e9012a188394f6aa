# Know your rights: topic labels (rights-topic-<id>) and answers (rights-<id>, at most ~600 characters, ending with
# where to get help). Each answer's sources are in the "# source:" lines right above it and in
# src/directory/rights-sources.json. What domain.md marks ⚠️/❓ is left out.

rights-topic-dv-definition = What counts as domestic violence?
rights-topic-protection-order = No-contact orders: how to ask
rights-topic-report-police = Reporting to the police
rights-topic-criminal-offences = Rape and abuse are crimes
rights-topic-fines = Administrative fines
rights-topic-legal-aid = Free legal aid
rights-topic-medical-evidence = Medical care and keeping evidence
rights-topic-divorce-custody = Divorce and custody
rights-topic-workplace-harassment = Sexual harassment at work
rights-topic-safety-plan = A simple safety plan

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 1, Điều 3 khoản 1 (a, b, e, i, o) và khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (where reports go) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-dv-definition =
    Domestic violence is an intentional act by a family member that harms, or may harm, another family member physically, mentally, sexually or economically. For example: beating or threats; insults or nagging; cutting you off from relatives; forced sex, even between spouses; controlling property or income to make you dependent. The law also covers divorced people and couples living together as husband and wife. You do not have to bear it alone.
    Where to get help: the commune People's Committee, the police, your village or residential-group head, the commune Women's Union. In danger now: call 113.
    { rights-source-dv-definition }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 25 — https://congan.ninhbinh.gov.vn/hoidap/chi-tiet-14.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 26 — https://lawnet.vn/thong-tin-phap-luat/tu-van-luat/quy-dinh-ve-cam-tiep-xuc-theo-quyet-dinh-cua-toa-an-ve-hanh-vi-bao-luc-gia-dinh-139669.html
rights-protection-order =
    A no-contact order bars the person causing harm from coming near you or using any means to keep hurting you, when the violence harms or threatens your health or life.
    • The chair of the commune People's Committee where it happened: up to 3 days each time, decided within 12 hours of the request; a refusal must be in writing, with reasons. You, your guardian or legal representative may ask; an agency asking for you needs your consent.
    • A court handling a civil case between the two of you: up to 4 months, on a written request.
    Where to get help: that commune's People's Committee. In danger now: call 113.
    { rights-source-protection-order }

# source: Luật Trợ giúp pháp lý 2017, Điều 7 khoản 7 điểm e — https://baogialai.com.vn/luat-su-bui-thanh-vu-tu-van-phap-luat-lien-quan-den-bao-luc-gia-dinh-post314710.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
rights-legal-aid =
    If you are a victim of domestic violence and have financial difficulty, you are entitled to free legal aid from the State. The Government sets what counts as financial difficulty. The Domestic Violence Law also gives people facing domestic violence the right to legal aid.
    Where to get help: the State legal aid centre (Trung tâm trợ giúp pháp lý nhà nước) of your province or city. You can choose “Find help near me” to see legal aid offices in the directory.
    { rights-source-legal-aid }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 22 — https://thanhdoannhatrang.org.vn/?p=1308
# source: 115, medical emergency — https://ancotnam.vn/114-la-gi.html (the evidence tips are practical advice, not a legal rule)
rights-medical-evidence =
    Your health and safety come first. People facing domestic violence have the right to health care, and medical care is one of the protection measures in the law. If you are hurt, go to a health station or hospital; in an emergency call 115.
    If you can do it safely: photograph injuries, keep medical papers and threatening messages, note dates and times, and store them where the person causing harm cannot see (for example with someone you trust). They can help if you report it or ask for a no-contact order.
    Where to get help: 115, 113, a health station near you.
    { rights-source-medical-evidence }

# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 3 khoản 9; Nghị định 145/2020/NĐ-CP, Điều 84 — https://plo.vn/ban-doc/nhung-hanh-vi-bi-xem-la-quay-roi-tinh-duc-tai-noi-lam-viec-956395.html
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 8 — https://luatminhkhue.vn/cac-hanh-vi-bi-nghiem-cam-trong-quan-he-lao-dong.aspx
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 125 khoản 2 — https://luatvietnam.vn/lao-dong-tien-luong/sam-so-dong-nghiep-bi-duoi-viec-ngay-562-23313-article.html
rights-workplace-harassment =
    Sexual harassment at work is any sexual behaviour by anyone towards you that you do not want or accept, anywhere you actually work by agreement or assignment. Sexual remarks, including by phone or message, can be harassment too. The law forbids it; where the internal labour rules cover it, the employer may dismiss the harasser.
    Write down what happened, keep messages and tell your employer. Where to get help: choose “Hotlines”; if attacked or threatened, call 113.
    { rights-source-workplace-harassment }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (where reports go) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
# source: 113, 115, 111 — https://plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html (the safety steps are practical advice, not a legal rule)
rights-safety-plan =
    A simple safety plan:
    • Remember: 113 (police), 115 (ambulance), 111 (children).
    • Agree a code word with someone you trust, so they know you need help.
    • Keep your ID papers, some money, medicine and a charged phone where you can grab them, or with someone you trust.
    • Know where you could go: a relative's home, a trusted address, a shelter.
    • When tension rises, avoid the kitchen and places with knives or hard objects.
    The law gives you the right to a shelter and to have its location kept secret. Where to get help: the commune Women's Union or People's Committee; in danger now: call 113.
    { rights-source-safety-plan }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (nơi tiếp nhận tin báo; số điều cần rà soát) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-report-police =
    You, or anyone who knows, can report domestic violence: to the nearest police, the commune or ward People's Committee, the village or residential-group head, the Women's Union, or the school when the person harmed is a pupil. You can report by phone, text message, letter or in person. The police must stop the violence and deal with it promptly.
    If you can, say clearly: what happened, where, when, whether anyone is hurt, whether there is a weapon.
    Where to get help: in danger now call 113; or go to the commune or ward police.
    { rights-source-report-police }

# source: Bộ luật Hình sự 2015 (100/2015/QH13), Điều 141 (⚠️ trang luật sư trích dẫn) — https://luatduonggia.vn/toi-hiep-dam-bi-phat-tu-bao-nhieu-nam-theo-quy-dinh-cua-bo-luat-hinh-su
# source: Bộ luật Hình sự 2015 (100/2015/QH13), Điều 185 (⚠️ trang luật sư trích dẫn) — https://luathoanganh.vn/hoi-dap-luat-hinh-su/toi-nguoc-dai-hoac-hanh-ha-ong-ba-cha-me-vo-chong-con-chau-hoac-nguoi-co-cong-nuoi-duong-minh-la-gi-lha2422.html
rights-criminal-offences =
    Some violence is a crime, not a private family matter:
    • Rape: using force, threats, the victim's inability to defend themselves or other means to have intercourse or other sexual acts against their will. Prison from 2 to 7 years, more in many cases.
    • Ill-treating or tormenting grandparents, parents, a spouse, children or grandchildren: cruel treatment or violence that regularly causes physical or mental suffering, or repeated after an administrative fine.
    You can report it to the police; keep evidence if it is safe.
    Where to get help: the police (in danger now call 113); legal aid.
    { rights-source-criminal-offences }

# source: Nghị định 282/2025/NĐ-CP, Điều 39 (⚠️ báo chí trích dẫn) — https://vietnamnet.vn/chi-chiet-nguoi-trong-gia-dinh-co-the-bi-phat-den-10-trieu-dong-2459520.html
# source: Nghị định 282/2025/NĐ-CP, Điều 40, thay Nghị định 144/2021 (⚠️ báo chí) — https://plo.vn/nghi-dinh-2822025-bo-sung-tang-muc-phat-nhieu-vi-pham-ve-hon-nhan-gia-dinh-cu-tru-post886643.html
# source: Nghị định 282/2025/NĐ-CP, Điều 44 (⚠️ báo chí) — https://www.24h.com.vn/tin-tuc-trong-ngay/tu-15-12-kiem-soat-thu-nhap-cua-vo-hoac-chong-se-bi-phat-den-30-trieu-dong-c46a1718300.html
rights-fines =
    Domestic violence that is not a crime can still be fined, up to 30 million đồng for one person. For example:
    • Insulting, nagging, humiliating: 5–10 million đồng.
    • Stopping someone from seeing relatives, isolating them, constant psychological pressure: 5–10 million đồng.
    • Seizing property, controlling income to make someone dependent: 20–30 million đồng, and the property must be returned.
    Doing it again after a fine can be prosecuted as a crime.
    Where to get help: the commune or ward police, or the commune People's Committee where it happened.
    { rights-source-fines }

# source: Luật Hôn nhân và gia đình 2014, Điều 51 khoản 3 (⚠️ trang luật sư trích dẫn) — https://lyhonnhanh.com/con-duoi-36-thang-tuoi-co-duoc-ly-hon-khong-phap-luat-quy-dinh-the-nao.html
# source: Luật Hôn nhân và gia đình 2014, Điều 81 khoản 3 (⚠️ thuvienphapluat trích dẫn) — https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/4E3D2-hd-con-duoi-36-thang-tuoi-co-duong-nhien-giao-cho-me-nuoi-khi-ly-hon-khong.html
rights-divorce-custody =
    You have the right to ask a court for a divorce. A husband may not ask for a divorce while his wife is pregnant, giving birth or raising a child under 12 months; the wife still may.
    Children: a child under 36 months is given to the mother to raise, unless she cannot care for the child or the parents agree otherwise in the child's interest. For older children the parents agree; if they cannot, the court decides in the child's overall interest.
    Where to get help: the State legal-aid centre of your province or city; the court where you live.
    { rights-source-divorce-custody }

# The last line of every answer: its legal source, in words the person can read (rights-sources.json has the links).
rights-source-dv-definition = Source: Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Articles 2 and 3.
rights-source-protection-order = Source: Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Articles 2, 25 and 26.
rights-source-report-police = Source: Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Chapter III (reporting domestic violence).
rights-source-criminal-offences = Source: Penal Code 2015 (No. 100/2015/QH13, amended 2017), Articles 141 and 185.
rights-source-fines = Source: Decree 282/2025/NĐ-CP (replacing Decree 144/2021/NĐ-CP from 15/12/2025), Articles 39, 40 and 44.
rights-source-legal-aid = Source: Law on Legal Aid 2017, Article 7; Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Article 9.
rights-source-medical-evidence = Source: Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Articles 9 and 22 (the evidence tips are practical advice).
rights-source-divorce-custody = Source: Law on Marriage and Family 2014, Article 51 (clause 3) and Article 81.
rights-source-workplace-harassment = Source: Labour Code 2019 (No. 45/2019/QH14), Articles 3, 8 and 125; Decree 145/2020/NĐ-CP, Article 84.
rights-source-safety-plan = Source: Law on Domestic Violence Prevention and Control 2022 (No. 13/2022/QH15), Article 9 (the safety steps are practical advice).
