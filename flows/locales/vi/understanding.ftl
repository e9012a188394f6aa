# What the bot says after reading a message typed in the person's own words (flows/main/understood/*). The kinds
# follow Law 13/2022/QH15 Art. 3(1) (domain.md §2.1): insults and humiliation (b), isolation and control (e, p),
# controlling income (o), neglect (d), forced marriage (l), forced sex (i, k). Never blaming; no promise of a person.

understanding-heard =
    Cảm ơn bạn đã kể. { $kind ->
        [physical] Bị đánh, đẩy, làm đau là bạo lực thể chất
        [sexual] Bị ép quan hệ hay động chạm tình dục trái ý muốn là bạo lực tình dục
        [psychological] Bị chửi bới, xúc phạm, đe doạ liên tục là bạo lực tinh thần
        [economic] Bị lấy, giữ hay kiểm soát tiền bạc, tài sản là bạo lực kinh tế
        [controlling] Bị cấm đoán, cô lập, không cho gặp người thân là một hình thức bạo lực
        [monitoring] Bị theo dõi, đọc tin nhắn, kiểm soát điện thoại là một hình thức kiểm soát và bạo lực
        [online] Bị phát tán hay doạ phát tán ảnh, bị quấy rối trên mạng là bạo lực trên mạng
        [forced_marriage] Bị ép cưới hay ép ly hôn là bạo lực gia đình theo luật
        [trafficking] Bị lừa bán, bị đưa đi hay bị giữ giấy tờ là dấu hiệu mua bán người
       *[neglect] Bị bỏ mặc, bỏ đói, không được chăm sóc là bạo lực
    } — đó không phải lỗi của bạn.
understanding-device-tip =
    Mẹo an toàn cho điện thoại: nếu được, hãy dùng một máy khác mà người kia không cầm tới; đổi mật khẩu ở nơi an toàn; xem lại các ứng dụng lạ và phần chia sẻ vị trí. Nếu người kia sẽ nhận ra thay đổi, hãy cân nhắc trước — sự an toàn của bạn quan trọng hơn.
understanding-ticked = Mình đã đánh dấu sẵn: { intake-kind-name }. Bạn có thể bỏ hoặc chọn thêm ở câu hỏi “Chuyện gì đã xảy ra?”.

understanding-check-in =
    Bạn có đang an toàn ngay lúc này không?
    Nếu đang nguy hiểm, hãy gọi ngay 113 (công an) hoặc 115 (cấp cứu); trẻ em: 111. Đường dây tư vấn: { $primaryLine }.
understanding-safe = Có, lúc này mình an toàn
understanding-not-safe = Không, mình không an toàn
understanding-unsure = Mình không chắc
understanding-unsure-tips =
    Không chắc cũng không sao. Nếu người kia có thể quay lại hoặc làm bạn đau, hãy nghĩ trước một nơi bạn có thể tới (nhà người thân, hàng xóm tin cậy) và giữ điện thoại bên mình. Gọi 113 bất cứ lúc nào bạn thấy nguy hiểm.

understanding-ways =
    Bạn muốn làm gì tiếp? Bạn có thể chọn một mục, hoặc kể thêm.
    Nguy hiểm: 113 (công an) · 115 (cấp cứu) · 111 (trẻ em) · { $primaryLine } (tư vấn).
understanding-report = Báo cáo chuyện này
understanding-rights = Quyền của bạn về chuyện này
understanding-talk = Nói chuyện với một người
understanding-next = Các bước tiếp theo
understanding-no-counsellor = Hiện chưa có tư vấn viên trò chuyện được ở đây. Bạn có thể gọi các số dưới đây để nói chuyện với một người.

understanding-thanks = Không có gì. Mình ở đây khi bạn cần.
understanding-greeting = Chào bạn. Bạn có thể kể điều đang xảy ra bằng lời của mình, hoặc chọn một mục bên dưới.
