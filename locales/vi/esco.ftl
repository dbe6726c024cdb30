# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Dịch vụ này sử dụng bảng phân loại ESCO của Ủy ban Châu Âu.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, đã điều chỉnh: một phần được chuyển đổi để dùng không cần internet.

## Help

cli-cmd-esco = Tra cứu kỹ năng và nghề trong ESCO, danh sách kỹ năng và nghề của châu Âu, không cần internet.
cli-cmd-esco-search = Tìm kỹ năng và nghề ESCO theo tên, bằng ngôn ngữ của bạn hoặc tiếng Anh. Gõ sai một chút cũng không sao.
cli-cmd-match = So sánh sổ ghi chép với một nghề: bạn đã có những kỹ năng nào của nghề đó, và còn thiếu những kỹ năng nào.
cli-arg-esco-text = Các từ cần tìm, ví dụ "hàn" hoặc "thợ mộc".
cli-arg-esco-kind = Chỉ skill (kỹ năng) hoặc chỉ occupation (nghề).
cli-arg-esco-limit = Hiện tối đa bao nhiêu kết quả. Mặc định là 10.
cli-arg-esco-taxonomy = Tệp dữ liệu ESCO dùng thay cho tệp đi kèm Carnet.
cli-arg-match-occupation = Nghề ESCO: địa chỉ của nó (http://data.europa.eu/esco/occupation/…) hoặc mã ở cuối địa chỉ.
cli-arg-match-rank = Thay vào đó, hiện 10 nghề có kỹ năng chính được sổ ghi chép của bạn đáp ứng tốt nhất.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Hiện những mục nào quan trọng ở một giai đoạn trên hành trình của bạn, và vì sao. Với tuyển dụng, bạn có thể nêu công việc bạn ứng tuyển.
cli-arg-stage-view-stage = Giai đoạn: recruitment, pre-departure, arrival, career hoặc return.
cli-arg-stage-view-occupation = Với tuyển dụng: công việc bạn ứng tuyển, bằng địa chỉ ESCO (http://data.europa.eu/esco/occupation/…) hoặc mã ở cuối địa chỉ.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = kỹ năng
esco-kind-occupation = nghề
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Không có kỹ năng hay nghề ESCO nào khớp với “{ $text }”.
esco-match-summary = { $total ->
    [0] Nghề này không có kỹ năng chính nào trong ESCO.
   *[other] Sổ ghi chép của bạn đáp ứng { $covered } trên { $total } kỹ năng chính của nghề này.
}
esco-match-essential = Kỹ năng chính:
esco-match-optional = Kỹ năng thêm:
esco-coverage-endorsed = đã xác nhận
esco-coverage-self-declared = bạn tự khai
esco-coverage-missing = còn thiếu
esco-match-maybe = có phải mục “{ $title }” ({ $id }) của bạn không?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Chưa có mục nào có kỹ năng ESCO. Hãy thêm bằng carnet add skill --title … --esco ADDRESS (tìm địa chỉ bằng carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Với { $stage }, { $count } mục này quan trọng:
}
stage-view-none = Chưa có mục nào quan trọng cho { $stage }. Hãy đánh dấu các mục với giai đoạn này: carnet edit ID --set stages={ $stage }
stage-view-present = Để cho xem bằng mã QR: { $command }
stage-why-target-essential = kỹ năng chính của công việc này
stage-why-target-optional = có ích cho công việc này
stage-why-target-maybe = có thể khớp với một kỹ năng của công việc này
stage-why-marked = bạn đã đánh dấu cho giai đoạn này
stage-why-abroad = học hoặc làm ở nước ngoài
stage-why-endorsed = đã ký
stage-why-qualification = bằng cấp hoặc chứng chỉ
stage-why-language = ngôn ngữ
stage-why-experience = việc bạn đã làm
stage-why-learning = khóa học
stage-why-skill = kỹ năng
