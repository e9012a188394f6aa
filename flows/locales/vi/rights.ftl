# Quyền của bạn: nhãn chủ đề (rights-topic-<id>) và câu trả lời (rights-<id>, tối đa ~600 ký tự, kết thúc bằng nơi
# có thể tìm giúp đỡ). Nguồn của từng câu trả lời ở dòng "# source:" ngay trên nó và trong
# src/directory/rights-sources.json. Điều gì domain.md đánh dấu ⚠️/❓ thì không nói.

rights-topic-dv-definition = Thế nào là bạo lực gia đình?
rights-topic-protection-order = Cấm tiếp xúc: cách đề nghị
rights-topic-report-police = Báo công an: ở đâu, thế nào
rights-topic-criminal-offences = Hiếp dâm, ngược đãi là tội phạm
rights-topic-fines = Mức phạt hành chính
rights-topic-legal-aid = Trợ giúp pháp lý miễn phí
rights-topic-medical-evidence = Chăm sóc y tế và giữ bằng chứng
rights-topic-divorce-custody = Ly hôn và quyền nuôi con
rights-topic-workplace-harassment = Quấy rối tình dục nơi làm việc
rights-topic-safety-plan = Kế hoạch an toàn đơn giản

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 1, Điều 3 khoản 1 (a, b, e, i, o) và khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (nơi tiếp nhận tin báo) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-dv-definition =
    Bạo lực gia đình là hành vi cố ý của một thành viên gia đình gây tổn hại, hoặc có thể gây tổn hại, cho người khác trong gia đình về thể chất, tinh thần, tình dục hoặc kinh tế. Ví dụ: đánh đập, đe dọa; lăng mạ, chì chiết; cô lập, không cho gặp người thân; ép quan hệ tình dục, kể cả giữa vợ chồng; kiểm soát tài sản, thu nhập để bắt bạn phụ thuộc. Luật cũng áp dụng với người đã ly hôn và người chung sống như vợ chồng. Bạn không phải chịu đựng một mình.
    Nơi giúp: UBND xã, công an, trưởng thôn hoặc tổ trưởng tổ dân phố, Hội Phụ nữ xã. Đang nguy hiểm: gọi 113.
    { rights-source-dv-definition }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 2 khoản 2 — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-i-1950.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 25 — https://congan.ninhbinh.gov.vn/hoidap/chi-tiet-14.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 26 — https://lawnet.vn/thong-tin-phap-luat/tu-van-luat/quy-dinh-ve-cam-tiep-xuc-theo-quyet-dinh-cua-toa-an-ve-hanh-vi-bao-luc-gia-dinh-139669.html
rights-protection-order =
    Cấm tiếp xúc là cấm người gây bạo lực đến gần bạn hoặc dùng phương tiện, công cụ để tiếp tục gây bạo lực, khi bạo lực gây hại hoặc đe dọa sức khỏe, tính mạng của bạn.
    • Chủ tịch UBND xã nơi xảy ra bạo lực: tối đa 3 ngày mỗi lần, quyết định trong 12 giờ kể từ khi nhận đề nghị; nếu từ chối phải trả lời bằng văn bản, nêu lý do. Người đề nghị: bạn, người giám hộ hoặc người đại diện; cơ quan, tổ chức đề nghị thay thì cần bạn đồng ý.
    • Tòa án đang giải quyết vụ án dân sự giữa hai người: tối đa 4 tháng, theo đơn yêu cầu.
    Nơi giúp: UBND xã nơi xảy ra bạo lực. Đang nguy hiểm: gọi 113.
    { rights-source-protection-order }

# source: Luật Trợ giúp pháp lý 2017, Điều 7 khoản 7 điểm e — https://baogialai.com.vn/luat-su-bui-thanh-vu-tu-van-phap-luat-lien-quan-den-bao-luc-gia-dinh-post314710.html
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
rights-legal-aid =
    Nếu bạn là nạn nhân trong vụ việc bạo lực gia đình và gặp khó khăn về tài chính, bạn thuộc diện được Nhà nước trợ giúp pháp lý miễn phí. Thế nào là khó khăn về tài chính do Chính phủ quy định. Luật Phòng, chống bạo lực gia đình cũng ghi nhận quyền được trợ giúp pháp lý của người bị bạo lực gia đình.
    Nơi giúp: Trung tâm trợ giúp pháp lý nhà nước của tỉnh, thành phố nơi bạn ở. Bạn có thể chọn “Tìm nơi hỗ trợ gần tôi” để xem điểm trợ giúp pháp lý trong danh bạ.
    { rights-source-legal-aid }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 9 — https://hoidapluat.vn/?p=4168
# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 22 — https://thanhdoannhatrang.org.vn/?p=1308
# source: 115, cấp cứu y tế — https://ancotnam.vn/114-la-gi.html (cách giữ bằng chứng là lời khuyên thực tế, không phải quy định pháp luật)
rights-medical-evidence =
    Sức khỏe và an toàn của bạn là trên hết. Người bị bạo lực gia đình có quyền được chăm sóc y tế; chăm sóc, điều trị cũng là một biện pháp bảo vệ theo luật. Nếu bị thương, hãy đến trạm y tế hoặc bệnh viện; cần cấp cứu thì gọi 115.
    Nếu làm được mà vẫn an toàn: chụp ảnh vết thương, giữ giấy tờ khám chữa bệnh và tin nhắn đe dọa, ghi lại ngày giờ sự việc, cất ở nơi người gây bạo lực không xem được (ví dụ gửi một người tin cậy). Những thứ này có thể giúp khi bạn trình báo hoặc đề nghị cấm tiếp xúc.
    Nơi giúp: 115, 113, trạm y tế gần bạn.
    { rights-source-medical-evidence }

# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 3 khoản 9; Nghị định 145/2020/NĐ-CP, Điều 84 — https://plo.vn/ban-doc/nhung-hanh-vi-bi-xem-la-quay-roi-tinh-duc-tai-noi-lam-viec-956395.html
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 8 — https://luatminhkhue.vn/cac-hanh-vi-bi-nghiem-cam-trong-quan-he-lao-dong.aspx
# source: Bộ luật Lao động 2019 (45/2019/QH14), Điều 125 khoản 2 — https://luatvietnam.vn/lao-dong-tien-luong/sam-so-dong-nghiep-bi-duoi-viec-ngay-562-23313-article.html
rights-workplace-harassment =
    Quấy rối tình dục tại nơi làm việc là hành vi có tính chất tình dục của bất kỳ ai đối với bạn mà bạn không mong muốn hoặc không chấp nhận, ở bất kỳ nơi nào bạn thực tế làm việc theo thỏa thuận hoặc phân công. Lời nói có nội dung tình dục, kể cả qua điện thoại hay tin nhắn, cũng có thể là quấy rối. Luật cấm hành vi này; nếu nội quy lao động có quy định, người sử dụng lao động có thể sa thải người quấy rối.
    Hãy ghi lại sự việc, giữ tin nhắn và báo với người sử dụng lao động. Nơi giúp: chọn “Đường dây nóng”; bị tấn công hay đe dọa: gọi 113.
    { rights-source-workplace-harassment }

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
    { rights-source-safety-plan }

# source: Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Chương III mục 1 (nơi tiếp nhận tin báo; số điều cần rà soát) — https://vietjack.me/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/chuong-iii-1952.html
rights-report-police =
    Bạn, hoặc bất kỳ ai biết chuyện, đều có thể báo tin về bạo lực gia đình: cho công an gần nhất, UBND xã, phường, trưởng thôn hoặc tổ trưởng tổ dân phố, Hội Phụ nữ, hoặc nhà trường nếu người bị bạo lực là học sinh. Có thể báo bằng điện thoại, tin nhắn, thư hoặc đến trực tiếp. Công an phải kịp thời ngăn chặn và xử lý.
    Nếu được, hãy nói rõ: chuyện gì xảy ra, ở đâu, khi nào, có ai bị thương, có vũ khí không.
    Nơi giúp: đang nguy hiểm gọi 113; hoặc đến công an xã, phường nơi bạn ở.
    { rights-source-report-police }

# source: Bộ luật Hình sự 2015 (100/2015/QH13), Điều 141 (⚠️ trang luật sư trích dẫn) — https://luatduonggia.vn/toi-hiep-dam-bi-phat-tu-bao-nhieu-nam-theo-quy-dinh-cua-bo-luat-hinh-su
# source: Bộ luật Hình sự 2015 (100/2015/QH13), Điều 185 (⚠️ trang luật sư trích dẫn) — https://luathoanganh.vn/hoi-dap-luat-hinh-su/toi-nguoc-dai-hoac-hanh-ha-ong-ba-cha-me-vo-chong-con-chau-hoac-nguoi-co-cong-nuoi-duong-minh-la-gi-lha2422.html
rights-criminal-offences =
    Một số hành vi bạo lực là tội phạm, không chỉ là chuyện trong nhà:
    • Hiếp dâm: dùng vũ lực, đe dọa, lợi dụng lúc nạn nhân không thể tự vệ hoặc thủ đoạn khác để giao cấu hay quan hệ tình dục khác trái ý muốn. Phạt tù từ 2 đến 7 năm, nặng hơn trong nhiều trường hợp.
    • Ngược đãi, hành hạ ông bà, cha mẹ, vợ chồng, con, cháu: đối xử tồi tệ hoặc bạo lực, thường xuyên gây đau đớn về thể xác, tinh thần, hoặc đã bị phạt hành chính mà còn tái phạm.
    Bạn có thể tố giác với công an; giữ bằng chứng nếu an toàn.
    Nơi giúp: công an (đang nguy hiểm gọi 113); trợ giúp pháp lý.
    { rights-source-criminal-offences }

# source: Nghị định 282/2025/NĐ-CP, Điều 39 (⚠️ báo chí trích dẫn) — https://vietnamnet.vn/chi-chiet-nguoi-trong-gia-dinh-co-the-bi-phat-den-10-trieu-dong-2459520.html
# source: Nghị định 282/2025/NĐ-CP, Điều 40, thay Nghị định 144/2021 (⚠️ báo chí) — https://plo.vn/nghi-dinh-2822025-bo-sung-tang-muc-phat-nhieu-vi-pham-ve-hon-nhan-gia-dinh-cu-tru-post886643.html
# source: Nghị định 282/2025/NĐ-CP, Điều 44 (⚠️ báo chí) — https://www.24h.com.vn/tin-tuc-trong-ngay/tu-15-12-kiem-soat-thu-nhap-cua-vo-hoac-chong-se-bi-phat-den-30-trieu-dong-c46a1718300.html
rights-fines =
    Bạo lực gia đình chưa đến mức tội phạm vẫn có thể bị phạt tiền, tối đa 30 triệu đồng với một người. Ví dụ:
    • Lăng mạ, chì chiết, xúc phạm: 5–10 triệu đồng.
    • Ngăn gặp người thân, cô lập, gây áp lực tâm lý thường xuyên: 5–10 triệu đồng.
    • Chiếm đoạt tài sản, kiểm soát thu nhập để bắt phụ thuộc: 20–30 triệu đồng, và phải trả lại tài sản.
    Đã bị phạt mà còn tái phạm thì có thể bị xử lý hình sự.
    Nơi giúp: công an xã, phường hoặc UBND xã nơi xảy ra bạo lực.
    { rights-source-fines }

# source: Luật Hôn nhân và gia đình 2014, Điều 51 khoản 3 (⚠️ trang luật sư trích dẫn) — https://lyhonnhanh.com/con-duoi-36-thang-tuoi-co-duoc-ly-hon-khong-phap-luat-quy-dinh-the-nao.html
# source: Luật Hôn nhân và gia đình 2014, Điều 81 khoản 3 (⚠️ thuvienphapluat trích dẫn) — https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/4E3D2-hd-con-duoi-36-thang-tuoi-co-duong-nhien-giao-cho-me-nuoi-khi-ly-hon-khong.html
rights-divorce-custody =
    Bạn có quyền yêu cầu Tòa án giải quyết ly hôn. Người chồng không được yêu cầu ly hôn khi vợ đang mang thai, sinh con hoặc nuôi con dưới 12 tháng tuổi; người vợ thì vẫn có quyền.
    Về con: con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi, trừ khi mẹ không đủ điều kiện chăm sóc con hoặc cha mẹ thỏa thuận khác vì lợi ích của con. Con lớn hơn thì cha mẹ thỏa thuận; không thỏa thuận được thì Tòa án quyết định theo quyền lợi mọi mặt của con.
    Nơi giúp: Trung tâm trợ giúp pháp lý nhà nước của tỉnh, thành phố; Tòa án nơi bạn ở.
    { rights-source-divorce-custody }

# The last line of every answer: its legal source, in words the person can read (rights-sources.json has the links).
rights-source-dv-definition = Nguồn: Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều 2 và Điều 3.
rights-source-protection-order = Nguồn: Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều 2, Điều 25 và Điều 26.
rights-source-report-police = Nguồn: Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Chương III (báo tin về bạo lực gia đình).
rights-source-criminal-offences = Nguồn: Bộ luật Hình sự 2015 (số 100/2015/QH13, sửa đổi năm 2017), Điều 141 và Điều 185.
rights-source-fines = Nguồn: Nghị định 282/2025/NĐ-CP (thay Nghị định 144/2021/NĐ-CP từ 15/12/2025), Điều 39, Điều 40 và Điều 44.
rights-source-legal-aid = Nguồn: Luật Trợ giúp pháp lý 2017, Điều 7; Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều 9.
rights-source-medical-evidence = Nguồn: Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều 9 và Điều 22 (cách giữ bằng chứng là lời khuyên thực tế).
rights-source-divorce-custody = Nguồn: Luật Hôn nhân và gia đình 2014, Điều 51 (khoản 3) và Điều 81.
rights-source-workplace-harassment = Nguồn: Bộ luật Lao động 2019 (số 45/2019/QH14), Điều 3, Điều 8 và Điều 125; Nghị định 145/2020/NĐ-CP, Điều 84.
rights-source-safety-plan = Nguồn: Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều 9 (các bước an toàn là lời khuyên thực tế).
