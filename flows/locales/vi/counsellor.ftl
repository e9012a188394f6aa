# Talking to a counsellor (flows/main/counsellor.ts). Whether anyone is on duty is said by the hand-off module:
# these texts never promise a counsellor.

counsellor-intro = Tư vấn viên là người thật, được đào tạo để lắng nghe và hỗ trợ người gặp bạo lực. Họ chỉ nhắn cho bạn khi bạn đồng ý. Nếu lúc này không có ai trực, bạn sẽ được báo rõ và nhận các số đường dây nóng. Bạn có muốn tư vấn viên nhắn cho bạn ở đây không?
counsellor-yes = Có, nhắn cho tôi ở đây
counsellor-waiting = Trong lúc chờ, bạn có thể viết điều muốn chia sẻ — tin nhắn sẽ được chuyển cho tư vấn viên. Bạn không cần kể hết nếu chưa sẵn sàng.
counsellor-stop = Thôi, không cần nữa
relay-stopped = Mình đã dừng. Tư vấn viên sẽ không nhắn cho bạn nữa, trừ khi bạn đồng ý lại.
counsellor-joined = { $alias } (tư vấn viên) đã vào cuộc trò chuyện. Bạn có thể viết trực tiếp ở đây.
counsellor-joined-anon = Một tư vấn viên đã vào cuộc trò chuyện. Bạn có thể viết trực tiếp ở đây.
counsellor-text = 💬 { $alias }: { $text }
counsellor-text-anon = 💬 Tư vấn viên: { $text }
counsellor-live = ✍️ Bạn có thể trả lời ngay tại đây. Gõ “menu” để kết thúc trò chuyện.
counsellor-you-ended = Bạn đã kết thúc cuộc trò chuyện. Tư vấn viên sẽ không nhắn thêm, trừ khi bạn đồng ý lại. Bạn có thể quay lại bất cứ lúc nào.
counsellor-ended = Tư vấn viên đã kết thúc cuộc trò chuyện. Cảm ơn bạn đã chia sẻ. Khi cần, bạn có thể nhờ nói chuyện lại từ menu chính.

# Where no counsellor exists (flows/main/people.ts): what will and will not happen, then the numbers.
counsellor-none =
    Hiện Tin Cậy không có tư vấn viên trả lời qua cuộc trò chuyện này. Vì vậy sẽ không có ai đọc những gì bạn viết ở đây, và Tin Cậy sẽ không gọi điện hay nhắn tin cho bạn.
    Nếu muốn nói chuyện với một người, hãy gọi { $primaryLine } — { primary-line-name }.
    Nếu đang nguy hiểm: 113 (công an), 115 (cấp cứu), 111 (trẻ em).
