# Quyền của bạn: nhãn chủ đề (rights-topic-<id>) và câu trả lời (rights-<id>, tối đa ~600 ký tự, kết thúc bằng nơi
# có thể tìm giúp đỡ). Nguồn của từng câu trả lời ở dòng "# source:" ngay trên nó và trong
# src/directory/rights-sources.json. Điều gì domain.md đánh dấu ⚠️/❓ thì không nói.

rights-topic-dv-definition = Thế nào là bạo lực gia đình?
rights-topic-protection-order = Cấm tiếp xúc: cách đề nghị
rights-topic-legal-aid = Trợ giúp pháp lý miễn phí
rights-topic-medical-evidence = Chăm sóc y tế và giữ bằng chứng
rights-topic-workplace-harassment = Quấy rối tình dục nơi làm việc
rights-topic-safety-plan = Kế hoạch an toàn đơn giản

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 1, Điều 3 khoản 1 (a, b, e, i, o) và khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (nơi tiếp nhận tin báo) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-dv-definition =
    Bạo lực gia đình là hành vi cố ý của một thành viên gia đình gây tổn hại, hoặc có thể gây tổn hại, cho người khác trong gia đình về thể chất, tinh thần, tình dục hoặc kinh tế. Ví dụ: đánh đập, đe dọa; lăng mạ, chì chiết; cô lập, không cho gặp người thân; ép quan hệ tình dục, kể cả giữa vợ chồng; kiểm soát tài sản, thu nhập để bắt bạn phụ thuộc. Luật cũng áp dụng với người đã ly hôn và người chung sống như vợ chồng. Bạn không phải chịu đựng một mình.
    Nơi giúp: UBND xã, công an, trưởng thôn hoặc tổ trưởng tổ dân phố, Hội Phụ nữ xã. Đang nguy hiểm: gọi 113.

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 25 — https://congan.ninhbinh.gov.vn/hoidap/chi-tiet-14.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 26 — https://lawnet.vn/thong-tin-phap-luat/tu-van-luat/quy-dinh-ve-cam-tiep-xuc-theo-quyet-dinh-cua-toa-an-ve-hanh-vi-bao-luc-gia-dinh-139669.html
rights-protection-order =
    Cấm tiếp xúc là cấm người gây bạo lực đến gần bạn hoặc dùng phương tiện, công cụ để tiếp tục gây bạo lực, khi bạo lực gây hại hoặc đe dọa sức khỏe, tính mạng của bạn.
    • Chủ tịch UBND xã nơi xảy ra bạo lực: tối đa 3 ngày mỗi lần, quyết định trong 12 giờ kể từ khi nhận đề nghị; nếu từ chối phải trả lời bằng văn bản, nêu lý do. Người đề nghị: bạn, người giám hộ hoặc người đại diện; cơ quan, tổ chức đề nghị thay thì cần bạn đồng ý.
    • Tòa án đang giải quyết vụ án dân sự giữa hai người: tối đa 4 tháng, theo đơn yêu cầu.
    Nơi giúp: UBND xã nơi xảy ra bạo lực. Đang nguy hiểm: gọi 113.

# source: Luật Trợ giúp pháp lý 2017, Điều 7 khoản 7 điểm e — https://baogialai.com.vn/luat-su-bui-thanh-vu-tu-van-phap-luat-lien-quan-den-bao-luc-gia-dinh-post314710.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
rights-legal-aid =
    Nếu bạn là nạn nhân trong vụ việc bạo lực gia đình và gặp khó khăn về tài chính, bạn thuộc diện được Nhà nước trợ giúp pháp lý miễn phí. Thế nào là khó khăn về tài chính do Chính phủ quy định. Luật Phòng, chống bạo lực gia đình cũng ghi nhận quyền được trợ giúp pháp lý của người bị bạo lực gia đình.
    Nơi giúp: Trung tâm trợ giúp pháp lý nhà nước của tỉnh, thành phố nơi bạn ở. Bạn có thể chọn “Tìm nơi hỗ trợ gần tôi” để xem điểm trợ giúp pháp lý trong danh bạ.

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 22 — https://thanhdoannhatrang.org.vn/?p=1308
# source: 115, cấp cứu y tế — https://ancotnam.vn/114-la-gi.html (cách giữ bằng chứng là lời khuyên thực tế, không phải quy định pháp luật)
rights-medical-evidence =
    Sức khỏe và an toàn của bạn là trên hết. Người bị bạo lực gia đình có quyền được chăm sóc y tế; chăm sóc, điều trị cũng là một biện pháp bảo vệ theo luật. Nếu bị thương, hãy đến trạm y tế hoặc bệnh viện; cần cấp cứu thì gọi 115.
    Nếu làm được mà vẫn an toàn: chụp ảnh vết thương, giữ giấy tờ khám chữa bệnh và tin nhắn đe dọa, ghi lại ngày giờ sự việc, cất ở nơi người gây bạo lực không xem được (ví dụ gửi một người tin cậy). Những thứ này có thể giúp khi bạn trình báo hoặc đề nghị cấm tiếp xúc.
    Nơi giúp: 115, 113, trạm y tế gần bạn.

# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 3 khoản 9; Nghị định 145/2020/NĐ-CP, Điều 84 — https://plo.vn/ban-doc/nhung-hanh-vi-bi-xem-la-quay-roi-tinh-duc-tai-noi-lam-viec-956395.html
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 8 — https://luatminhkhue.vn/cac-hanh-vi-bi-nghiem-cam-trong-quan-he-lao-dong.aspx
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 125 khoản 2 — https://luatvietnam.vn/lao-dong-tien-luong/sam-so-dong-nghiep-bi-duoi-viec-ngay-562-23313-article.html
rights-workplace-harassment =
    Quấy rối tình dục tại nơi làm việc là hành vi có tính chất tình dục của bất kỳ ai đối với bạn mà bạn không mong muốn hoặc không chấp nhận, ở bất kỳ nơi nào bạn thực tế làm việc theo thỏa thuận hoặc phân công. Lời nói có nội dung tình dục, kể cả qua điện thoại hay tin nhắn, cũng có thể là quấy rối. Luật cấm hành vi này; nếu nội quy lao động có quy định, người sử dụng lao động có thể sa thải người quấy rối.
    Hãy ghi lại sự việc, giữ tin nhắn và báo với người sử dụng lao động. Nơi giúp: chọn “Đường dây nóng”; bị tấn công hay đe dọa: gọi 113.

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (nơi tiếp nhận tin báo) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
# source: 113, 115, 111 — https://plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html (các bước an toàn là lời khuyên thực tế, không phải quy định pháp luật)
rights-safety-plan =
    Một kế hoạch an toàn đơn giản:
    • Nhớ các số: 113 (công an), 115 (cấp cứu), 111 (trẻ em).
    • Hẹn với một người tin cậy một câu “mật mã” để báo bạn cần giúp.
    • Để sẵn giấy tờ tùy thân, ít tiền, thuốc và điện thoại đã sạc ở chỗ dễ lấy, hoặc gửi người tin cậy.
    • Biết trước nơi có thể đến: nhà người thân, địa chỉ tin cậy, nơi tạm lánh.
    • Khi căng thẳng, tránh bếp và chỗ có dao, vật cứng.
    Luật cho bạn quyền được bố trí nơi tạm lánh và được giữ bí mật nơi tạm lánh. Nơi giúp: Hội Phụ nữ hoặc UBND xã; nguy hiểm ngay: gọi 113.
