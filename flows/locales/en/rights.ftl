# Know your rights: topic labels (rights-topic-<id>) and answers (rights-<id>, at most ~600 characters, ending with
# where to get help). Each answer's sources are in the "# source:" lines right above it and in
# src/directory/rights-sources.json. What domain.md marks ⚠️/❓ is left out.

rights-topic-dv-definition = What counts as domestic violence?
rights-topic-protection-order = No-contact orders: how to ask
rights-topic-legal-aid = Free legal aid
rights-topic-medical-evidence = Medical care and keeping evidence
rights-topic-workplace-harassment = Sexual harassment at work
rights-topic-safety-plan = A simple safety plan

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 1, Điều 3 khoản 1 (a, b, e, i, o) và khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (where reports go) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-dv-definition =
    Domestic violence is an intentional act by a family member that harms, or may harm, another family member physically, mentally, sexually or economically. For example: beating or threats; insults or nagging; cutting you off from relatives; forced sex, even between spouses; controlling property or income to make you dependent. The law also covers divorced people and couples living together as husband and wife. You do not have to bear it alone.
    Where to get help: the commune People's Committee, the police, your village or residential-group head, the commune Women's Union. In danger now: call 113.

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 25 — https://congan.ninhbinh.gov.vn/hoidap/chi-tiet-14.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 26 — https://lawnet.vn/thong-tin-phap-luat/tu-van-luat/quy-dinh-ve-cam-tiep-xuc-theo-quyet-dinh-cua-toa-an-ve-hanh-vi-bao-luc-gia-dinh-139669.html
rights-protection-order =
    A no-contact order bars the person causing harm from coming near you or using any means to keep hurting you, when the violence harms or threatens your health or life.
    • The chair of the commune People's Committee where it happened: up to 3 days each time, decided within 12 hours of the request; a refusal must be in writing, with reasons. You, your guardian or legal representative may ask; an agency asking for you needs your consent.
    • A court handling a civil case between the two of you: up to 4 months, on a written request.
    Where to get help: that commune's People's Committee. In danger now: call 113.

# source: Luật Trợ giúp pháp lý 2017, Điều 7 khoản 7 điểm e — https://baogialai.com.vn/luat-su-bui-thanh-vu-tu-van-phap-luat-lien-quan-den-bao-luc-gia-dinh-post314710.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
rights-legal-aid =
    If you are a victim of domestic violence and have financial difficulty, you are entitled to free legal aid from the State. The Government sets what counts as financial difficulty. The Domestic Violence Law also gives people facing domestic violence the right to legal aid.
    Where to get help: the State legal aid centre (Trung tâm trợ giúp pháp lý nhà nước) of your province or city. You can choose “Find help near me” to see legal aid offices in the directory.

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 22 — https://thanhdoannhatrang.org.vn/?p=1308
# source: 115, medical emergency — https://ancotnam.vn/114-la-gi.html (the evidence tips are practical advice, not a legal rule)
rights-medical-evidence =
    Your health and safety come first. People facing domestic violence have the right to health care, and medical care is one of the protection measures in the law. If you are hurt, go to a health station or hospital; in an emergency call 115.
    If you can do it safely: photograph injuries, keep medical papers and threatening messages, note dates and times, and store them where the person causing harm cannot see (for example with someone you trust). They can help if you report it or ask for a no-contact order.
    Where to get help: 115, 113, a health station near you.

# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 3 khoản 9; Nghị định 145/2020/NĐ-CP, Điều 84 — https://plo.vn/ban-doc/nhung-hanh-vi-bi-xem-la-quay-roi-tinh-duc-tai-noi-lam-viec-956395.html
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 8 — https://luatminhkhue.vn/cac-hanh-vi-bi-nghiem-cam-trong-quan-he-lao-dong.aspx
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 125 khoản 2 — https://luatvietnam.vn/lao-dong-tien-luong/sam-so-dong-nghiep-bi-duoi-viec-ngay-562-23313-article.html
rights-workplace-harassment =
    Sexual harassment at work is any sexual behaviour by anyone towards you that you do not want or accept, anywhere you actually work by agreement or assignment. Sexual remarks, including by phone or message, can be harassment too. The law forbids it; where the internal labour rules cover it, the employer may dismiss the harasser.
    Write down what happened, keep messages and tell your employer. Where to get help: choose “Hotlines”; if attacked or threatened, call 113.

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
