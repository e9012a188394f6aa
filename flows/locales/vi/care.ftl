# Care after sexual violence in the last days (flows/main/understood: care screen; intake: the last incident was
# within 5 days and a sexual kind is ticked). Facts from domain.md §7; the person sees the source line.
# source: WHO, Responding to intimate partner violence and sexual violence against women: WHO clinical and policy guidelines (2013) — https://www.who.int/publications/i/item/9789241548595
# source: WHO, UNFPA, UNHCR, Clinical management of rape and intimate partner violence survivors: developing protocols for use in humanitarian settings (2020) — https://www.who.int/publications/i/item/9789240001411
# source (120 hours): ICEC & SVRI, EC for rape survivors: a human rights and public health imperative (2013) — https://www.svri.org/ec-for-rape-survivors-a-human-rights-and-public-health-imperative/
# Not shown yet: Bộ Y tế, Quyết định 4128/QĐ-BYT (29/7/2016) phê duyệt "Hướng dẫn quốc gia về các dịch vụ chăm sóc
# sức khỏe sinh sản" exists (checked: 123doc.net copy of the decision), but its part on sexual violence was not read;
# Quyết định 5968/QĐ-BYT (31/12/2021) "Hướng dẫn điều trị và chăm sóc HIV/AIDS" exists, its PEP section not read.
# Add them to the source line only after a clinician has read those sections.

care-after-sexual =
    Nếu chuyện xảy ra trong 5 ngày qua, đi khám sớm vẫn giúp được nhiều — kể cả khi bạn chưa muốn báo công an:
    • Thuốc tránh thai khẩn cấp có tác dụng đến 120 giờ (5 ngày), càng sớm càng tốt.
    • Thuốc dự phòng HIV (PEP) phải bắt đầu trong vòng 72 giờ (3 ngày).
    • Bệnh viện có thể chữa vết thương, phòng các bệnh lây nhiễm và ghi nhận bằng chứng.
    • Nếu được, hãy giữ lại quần áo đã mặc và chưa tắm rửa trước khi khám. Nếu đã tắm hay thay đồ, vẫn nên đi khám.
    • Cần xe cấp cứu: gọi 115. Đang nguy hiểm: gọi 113.
    Nguồn: WHO, hướng dẫn lâm sàng về bạo lực bạn tình và bạo lực tình dục (2013); WHO, UNFPA, UNHCR, Xử trí lâm sàng cho người bị hiếp dâm và bạo lực bạn tình (2020).
care-find-help = Tìm bệnh viện, nơi hỗ trợ gần tôi
care-intake-note = { care-after-sexual }
