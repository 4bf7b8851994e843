<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>yeonpyo::gui::AboutDialog</name>
    <message>
        <source>About Yeonpyo</source>
        <translation>연표 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Yeonpyo 연표 %1&lt;/h2&gt;&lt;p&gt;Timelines and maps from news articles, with the quotes that back every event.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Bundled open data keeps its own licence: see &lt;i&gt;Data credits&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Yeonpyo 연표 %1&lt;/h2&gt;&lt;p&gt;뉴스 기사에서 만드는 연표와 지도. 모든 사건에 그 근거가 되는 인용문이 붙습니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스의 자유 소프트웨어입니다. 함께 담긴 공개 데이터는 각자의 라이선스를 따릅니다. &lt;i&gt;데이터 출처&lt;/i&gt;를 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Data credits</source>
        <translation>데이터 출처</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ArticleView</name>
    <message>
        <source>No article</source>
        <translation>기사 없음</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::BaseLayerMenu</name>
    <message>
        <source>&amp;Base map</source>
        <translation>기본 지도(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bundled map (offline)</source>
        <translation>내장 지도 (오프라인)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap tiles (online)</source>
        <translation>OpenStreetMap 타일 (온라인)(&amp;O)</translation>
    </message>
    <message>
        <source>Downloads tiles from tile.openstreetmap.org, whose tile usage policy applies (operations.osmfoundation.org/policies/tiles).</source>
        <translation>tile.openstreetmap.org에서 타일을 내려받습니다. 해당 타일 사용 정책(operations.osmfoundation.org/policies/tiles)을 따라야 합니다.</translation>
    </message>
    <message>
        <source>Custom &amp;tile URL…</source>
        <translation>사용자 타일 URL(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;MBTiles file…</source>
        <translation>MBTiles 파일(&amp;M)…</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>기본 지도</translation>
    </message>
    <message>
        <source>Custom tile URL</source>
        <translation>사용자 타일 URL</translation>
    </message>
    <message>
        <source>Tile server address with {z}, {x} and {y} (and optionally {s}):</source>
        <translation>{z}, {x}, {y}(필요하면 {s})가 들어간 타일 서버 주소:</translation>
    </message>
    <message>
        <source>Credit line the tile provider asks for:</source>
        <translation>타일 제공자가 요구하는 출처 표기:</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>MBTiles 파일</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::DateBar</name>
    <message>
        <source>Use this date</source>
        <translation>이 날짜 사용</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>기사 날짜</translation>
    </message>
    <message>
        <source>Asks for the date of an article that does not state one.</source>
        <translation>날짜를 밝히지 않은 기사의 날짜를 묻습니다.</translation>
    </message>
    <message>
        <source>Candidate dates</source>
        <translation>날짜 후보</translation>
    </message>
    <message>
        <source>Not now: leave the article undated</source>
        <translation>나중에: 기사 날짜를 비워 둡니다</translation>
    </message>
    <message>
        <source>Close the date bar</source>
        <translation>날짜 알림줄 닫기</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; does not say when it was written, so its events have no year. Choose its date to place them on the calendar.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 기사에는 작성 날짜가 없어 사건의 연도를 알 수 없습니다. 기사 날짜를 고르면 사건을 달력에 놓습니다.</translation>
    </message>
    <message numerus="yes">
        <source>(%n undated article(s) in all)</source>
        <translation>
            <numerusform>(날짜 없는 기사 모두 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (choose the month and day)</source>
        <translation>%1년 (월과 일을 고르세요)</translation>
    </message>
    <message>
        <source>written in the text: “%1”</source>
        <translation>본문에 적힌 날짜: “%1”</translation>
    </message>
    <message>
        <source>“%1”: the weekday fits this day</source>
        <translation>“%1”: 요일이 이 날짜와 맞습니다</translation>
    </message>
    <message>
        <source>“%1”: a relative year beside an explicit one</source>
        <translation>“%1”: 상대 연도와 명시된 연도로 추정</translation>
    </message>
    <message>
        <source>the date of another article: “%1”</source>
        <translation>다른 기사의 날짜: “%1”</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::EventEditDialog</name>
    <message>
        <source>New event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>year</source>
        <translation>년</translation>
    </message>
    <message>
        <source>at</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>One per line: name, title, organisation</source>
        <translation>한 줄에 한 명: 이름, 직함, 소속</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>참석자</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::EventInspector</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>날짜 근거</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>출처 불일치</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>보도 매체</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Select an event on the timeline, the map or in the article.</source>
        <translation>연표, 지도 또는 기사에서 사건을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::EventListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ExportImageDialog</name>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing (text kept as text)</source>
        <translation>SVG 그림 (글자는 글자로)</translation>
    </message>
    <message>
        <source>PDF document (fonts embedded)</source>
        <translation>PDF 문서 (글꼴 포함)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (풀 HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>레터 가로</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>문서 전체</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>Current view of the timeline</source>
        <translation>지금 보이는 연표</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Print (grayscale-safe)</source>
        <translation>인쇄용 (흑백 안전)</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>한 줄</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>종류별</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>장소별</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>인물별</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>기사별</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>투명 배경</translation>
    </message>
    <message>
        <source>Map inset with the route</source>
        <translation>경로가 있는 지도 삽입</translation>
    </message>
    <message>
        <source>Legend of kinds</source>
        <translation>종류 범례</translation>
    </message>
    <message>
        <source>Footer with sources and map attribution</source>
        <translation>출처와 지도 저작권 표기 꼬리말</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>픽셀:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <source>PDF pages:</source>
        <translation>PDF 쪽수:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>줄 나누기:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>내보낼 파일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::FilterPanel</name>
    <message>
        <source>From</source>
        <translation>부터</translation>
    </message>
    <message>
        <source>To</source>
        <translation>까지</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>모든 사건 보기</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>모든 인물</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>모든 장소</translation>
    </message>
    <message>
        <source>any article</source>
        <translation>모든 기사</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ImageExportTask</name>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ImagePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>미리보기를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ImportController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MB for one article.</source>
        <translation>%1 파일이 기사 하나의 한도인 %2MB보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 holds no article files (.txt, .html, .htm or .md).</source>
        <translation>%1 폴더에 기사 파일(.txt, .html, .htm, .md)이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the articles was cancelled.</source>
        <translation>기사 읽기를 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s): </source>
        <translation>
            <numerusform>기사 %n건을 가져왔습니다: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new events, %2 merged into existing ones.</source>
        <translation>새 사건 %1건, 기존 사건에 합친 것 %2건.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were already in the timeline.</source>
        <translation>
            <numerusform>기사 %n건은 이미 연표에 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were other outlets&apos; copies of stored ones.</source>
        <translation>
            <numerusform>기사 %n건은 이미 있는 기사를 다른 매체가 전재한 것입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the articles finished before are kept.</source>
        <translation>취소했습니다. 이미 끝난 기사는 남아 있습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>기사를 읽는 중…</translation>
    </message>
    <message>
        <source>Import cancelled; the timeline is unchanged.</source>
        <translation>가져오기를 취소했습니다. 연표는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::MainWindow</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>거르기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>사건 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on screen</source>
        <translation>
            <numerusform>화면에 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>기사 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the document again.</source>
        <translation>문서를 다시 읽었습니다.</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>연표 열기</translation>
    </message>
    <message>
        <source>Yeonpyo timelines (*.yeonpyo *.sqlite *.db);;All files (*)</source>
        <translation>연표 문서 (*.yeonpyo *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open or create a timeline before importing articles.</source>
        <translation>기사를 가져오기 전에 연표 문서를 열거나 만드세요.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md);;All files (*)</source>
        <translation>기사 (*.txt *.html *.htm *.md);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>The events in time order. Up and Down select the previous and next event, Home and End the first and last, Enter edits the selected one, Left and Right move the view, plus and minus zoom.</source>
        <translation>시간 순서의 사건들. 위·아래 화살표는 이전·다음 사건을, Home·End는 처음·마지막 사건을 선택하고, Enter는 선택한 사건을 편집하며, 왼쪽·오른쪽 화살표는 보기를 옮기고, 더하기·빼기는 확대·축소합니다.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Where the events took place, numbered in order and joined by the route. Click a marker to select its event.</source>
        <translation>사건이 일어난 곳. 순서대로 번호가 붙고 경로로 이어집니다. 표지를 누르면 그 사건을 선택합니다.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>The text of an article, with the sentences that report the selected event highlighted.</source>
        <translation>기사 본문. 선택한 사건을 전하는 문장이 강조됩니다.</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>표시할 기사</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Click a sentence to select the event it reports.</source>
        <translation>문장을 누르면 그 문장이 전하는 사건을 선택합니다.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>선택한 사건</translation>
    </message>
    <message>
        <source>What the selected event is, when and where it happened, who took part, and the quotes that report it.</source>
        <translation>선택한 사건이 무엇인지, 언제 어디서 일어났는지, 누가 참석했는지, 그리고 그 사건을 전하는 인용문.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Activate a quote to show it in its article.</source>
        <translation>인용문을 실행하면 기사에서 그 부분을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Every event in a table; select a row to select the event, double-click it to edit it.</source>
        <translation>모든 사건의 표. 행을 선택하면 그 사건을 선택하고, 두 번 누르면 편집합니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Words to find in articles, events, people, places and quotes; Enter searches.</source>
        <translation>기사, 사건, 인물, 장소, 인용문에서 찾을 낱말. Enter를 누르면 검색합니다.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Shows only the events of some dates, kind, person, place or article.</source>
        <translation>특정 날짜, 종류, 인물, 장소, 기사의 사건만 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New timeline…</source>
        <translation>새 연표(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent timelines.</source>
        <translation>%1 파일이 더 이상 없어 최근 연표 목록에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>기사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;image…</source>
        <translation>이미지 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Yeonpyo</source>
        <translation>연표 정보(&amp;A)</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>새 연표</translation>
    </message>
    <message>
        <source>timeline.yeonpyo</source>
        <translation>연표.yeonpyo</translation>
    </message>
    <message>
        <source>%1 is the open timeline; choose another name.</source>
        <translation>%1 파일은 지금 열려 있는 연표입니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Open a timeline before saving a copy of it.</source>
        <translation>사본을 저장하려면 먼저 연표를 여세요.</translation>
    </message>
    <message>
        <source>%1 copy.yeonpyo</source>
        <translation>%1 사본.yeonpyo</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>사본으로 저장</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>사본을 저장하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>사본을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Wait until the current import ends.</source>
        <translation>지금 진행 중인 가져오기가 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>붙여 넣은 기사</translation>
    </message>
    <message>
        <source>The clipboard holds no article text, file or web address.</source>
        <translation>클립보드에 기사 본문, 파일, 웹 주소가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>이미지 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste article</source>
        <translation>기사 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>사건 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>새 사건(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>사건 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge event into…</source>
        <translation>다른 사건에 합치기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split event…</source>
        <translation>사건 나누기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>전체 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>선택에 맞춤(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;map to events</source>
        <translation>지도를 사건에 맞춤(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>줄 나누기(&amp;L)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>By participant</source>
        <translation>참석자별</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>장소별</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>종류별</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>기사별</translation>
    </message>
    <message>
        <source>Times in each &amp;place's local zone</source>
        <translation>각 장소의 현지 시각으로(&amp;P)</translation>
    </message>
    <message>
        <source>Map &amp;follows the timeline</source>
        <translation>지도가 연표를 따라감(&amp;F)</translation>
    </message>
    <message>
        <source>Place “%1” on the map</source>
        <translation>“%1”의 위치 지정</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Open a timeline before adding events.</source>
        <translation>사건을 추가하기 전에 연표를 여세요.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>Merge event</source>
        <translation>사건 합치기</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>“%1”을(를) 합칠 사건:</translation>
    </message>
    <message>
        <source>An event needs at least two quotes to be split.</source>
        <translation>사건을 나누려면 근거 문장이 두 개 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::MapView</name>
    <message>
        <source>Place “%1” here</source>
        <translation>“%1”을(를) 여기에 두기</translation>
    </message>
    <message>
        <source>Fit map to events</source>
        <translation>지도를 사건에 맞춤</translation>
    </message>
    <message>
        <source>Too many events to place: zoom the timeline in to see them here.</source>
        <translation>사건이 너무 많아 지도에 놓을 수 없습니다. 연표를 확대하면 여기에 나타납니다.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::OverviewSlider</name>
    <message>
        <source>Timeline overview</source>
        <translation>연표 개요</translation>
    </message>
    <message>
        <source>Arrow keys move the view, + and - zoom, Home and End jump to the start and the end, a double-click shows everything.</source>
        <translation>화살표 키로 보기를 옮기고, + 와 - 로 확대·축소하고, Home 과 End 로 처음과 끝으로 갑니다. 두 번 누르면 전체를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Overview: drag to move the view</source>
        <translation>개요: 끌어서 보기를 옮기세요</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::PlaceField</name>
    <message>
        <source>latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>경도</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 연표(&amp;R)</translation>
    </message>
    <message>
        <source>No recent timelines</source>
        <translation>최근 연표 없음</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ReferenceDateDialog</name>
    <message>
        <source>When was this article written?</source>
        <translation>이 기사는 언제 쓰였습니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; does not say when it was written. Relative dates such as “28일”, “이튿날” or “on Wednesday” are resolved against that date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;에는 작성 날짜가 없습니다. “28일”, “이튿날”, “on Wednesday” 같은 상대 날짜는 이 날짜를 기준으로 풉니다.</translation>
    </message>
    <message>
        <source>Dates written in the article:</source>
        <translation>기사에 적힌 날짜:</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>이 날짜 사용</translation>
    </message>
    <message>
        <source>Leave dates unresolved</source>
        <translation>날짜를 풀지 않고 두기</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::SearchPanel</name>
    <message>
        <source>Show only results on the timeline and map</source>
        <translation>연표와 지도에 검색 결과만 보기</translation>
    </message>
    <message>
        <source>Search articles, events, people, places and quotes</source>
        <translation>기사, 사건, 인물, 장소, 인용문 검색</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>기사: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1”과(와) 맞는 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>단축키 찾기</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::SplitEventDialog</name>
    <message>
        <source>Split event</source>
        <translation>사건 나누기</translation>
    </message>
    <message>
        <source>Tick the quotes that report a separate event of “%1”:</source>
        <translation>“%1”과(와) 다른 사건을 전하는 근거 문장을 고르세요:</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::StreetTilesOffer</name>
    <message>
        <source>Street detail is beyond the offline map. Show OpenStreetMap tiles? They are downloaded from tile.openstreetmap.org, whose &lt;a href="https://operations.osmfoundation.org/policies/tiles/"&gt;tile usage policy&lt;/a&gt; applies.</source>
        <translation>여기부터는 오프라인 지도에 없는 거리 수준입니다. OpenStreetMap 타일을 표시할까요? 타일은 tile.openstreetmap.org에서 내려받으며, 그 &lt;a href="https://operations.osmfoundation.org/policies/tiles/"&gt;타일 이용 정책&lt;/a&gt;을 따릅니다.</translation>
    </message>
    <message>
        <source>Show streets</source>
        <translation>거리 표시</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>괜찮습니다</translation>
    </message>
    <message>
        <source>Street tiles offer</source>
        <translation>거리 타일 제안</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::TimelineEditor</name>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” 옮기기</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1”을(를) “%2”에 합치기</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>“%1” 나누기</translation>
    </message>
    <message>
        <source>Date “%1” %2</source>
        <translation>“%1” 날짜를 %2(으)로 지정</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::TimelineView</name>
    <message>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
    <message>
        <source>Down, Page Down</source>
        <translation>아래 화살표, Page Down</translation>
    </message>
    <message>
        <source>Select the next event</source>
        <translation>다음 사건 선택</translation>
    </message>
    <message>
        <source>Up, Page Up</source>
        <translation>위 화살표, Page Up</translation>
    </message>
    <message>
        <source>Select the previous event</source>
        <translation>이전 사건 선택</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Select the first event</source>
        <translation>첫 사건 선택</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Select the last event</source>
        <translation>마지막 사건 선택</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>선택한 사건 편집</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>왼쪽·오른쪽 화살표</translation>
    </message>
    <message>
        <source>Move the view earlier or later</source>
        <translation>보기를 앞·뒤 시간으로 이동</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>확대·축소</translation>
    </message>
    <message numerus="yes">
        <source>%n events — click to zoom in</source>
        <translation>
            <numerusform>사건 %n건 — 눌러서 확대</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timelines and maps from news articles.</source>
        <translation>뉴스 기사로 만드는 연표와 지도.</translation>
    </message>
    <message>
        <source>A timeline document to open.</source>
        <translation>열 연표 문서.</translation>
    </message>
    <message>
        <source>Select the event with this sequence number.</source>
        <translation>이 순번의 사건을 선택합니다.</translation>
    </message>
    <message>
        <source>Show the timeline from this ISO date or time (with --to).</source>
        <translation>이 ISO 날짜나 시각부터 연표를 보여 줍니다(--to와 함께).</translation>
    </message>
    <message>
        <source>Show the timeline up to this ISO date or time.</source>
        <translation>이 ISO 날짜나 시각까지 연표를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation>창 화면을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>yeonpyo: --from and --to need two ISO dates or times, the first before the second.
</source>
        <translation>yeonpyo: --from과 --to에는 ISO 날짜나 시각 두 개가 필요하며, 앞의 것이 더 일러야 합니다.
</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui</name>
    <message numerus="yes">
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>%n개 매체 보도</numerusform>
        </translation>
    </message>
    <message>
        <source>morning</source>
        <translation>오전</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>정오</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>오후</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>저녁</translation>
    </message>
    <message>
        <source>night</source>
        <translation>밤</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회동</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>연설</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>출국·출발</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>보도</translation>
    </message>
    <message>
        <source>happened</source>
        <translation>진행됨</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>직접 수정함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>지도에 없음</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2건 중 %1번</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 다음</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation>때</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>%1 (kept) · %2</source>
        <translation>%1 (유지) · %2</translation>
    </message>
    <message>
        <source>Exported the image to %1.</source>
        <translation>이미지를 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>Exported %n event(s) to %1.</source>
        <translation>사건 %n건을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi (text %4×)</source>
        <translation>%1 × %2 픽셀, %3 dpi (글자 %4배)</translation>
    </message>
    <message>
        <source>A %1 × %2 pixel page</source>
        <translation>%1 × %2 픽셀 쪽</translation>
    </message>
    <message>
        <source>%1 × %2 mm, %n page(s)</source>
        <translation>%1 × %2 mm, %n쪽</translation>
    </message>
    <message>
        <source>Yeonpyo events JSON</source>
        <translation>연표 사건 JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV 표</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML for Google Earth</source>
        <translation>구글 어스용 KML</translation>
    </message>
    <message>
        <source>TimelineJS</source>
        <translation>TimelineJS</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::MainWindow</name>
    <message>
        <source>Yeonpyo timelines (*.yeonpyo)</source>
        <translation>Yeonpyo 연표 (*.yeonpyo)</translation>
    </message>
    <message>
        <source>%1 could not be created: %2.</source>
        <translation>%1 파일을 만들 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>yeonpyo::gui::ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
</context>
</TS>