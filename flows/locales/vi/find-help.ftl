# Find help near me (flows/main/find-help.ts). The entries are rendered by the directory module (directory.ftl),
# which also says when a place has no entry and gives the hotlines.

find-where = Bạn muốn tìm nơi hỗ trợ ở đâu? Gõ tên tỉnh, thành phố (ví dụ: Thái Nguyên, Hà Nội), hoặc bấm gửi vị trí để xem nơi gần nhất.
find-commune = Bạn ở xã hoặc phường nào? Gõ tên xã, phường, hoặc chọn xem cả tỉnh.
find-whole-province = Xem cả tỉnh
find-results = Bạn muốn làm gì tiếp?
find-again = Tìm ở nơi khác
