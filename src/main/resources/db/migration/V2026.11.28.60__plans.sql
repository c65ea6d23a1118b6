-- plans: supervision criteria, annual supervision plans, focal units, subjects, assignments

-- Supervision criteria (codes of conduct, Directive 05, Regulation 37, Resolution TW4): reference
-- data, seeded below from shared/data/criteria.csv; administrators add, reword and retire.
create table criterion (
    code        varchar(20)  primary key,
    source      varchar(255) not null,
    kind        varchar(4)   not null check (kind in ('DO', 'DONT')),
    scope       varchar(20)  not null check (scope in ('CONG_VU', 'NOI_CU_TRU', 'NOI_CONG_CONG', 'TU_DUONG', 'DANG_VIEN')),
    text_vi     varchar(500) not null,
    retired     boolean      not null default false,
    version     integer      not null default 0
);

create table supervision_plan (
    id                bigserial    primary key,
    owner_id          bigint       not null references organisation (id),
    year              integer      not null check (year between 2000 and 2100),
    number            varchar(60),
    issued_on         date,
    title             varchar(300) not null,
    legal_bases       text         not null default '',
    content_items     text         not null default '',
    status            varchar(20)  not null check (status in ('DRAFT', 'CONSULTING', 'ISSUED', 'IN_PROGRESS', 'AMENDED',
                          'MID_YEAR_REVIEWED', 'CLOSED')),
    rotation_window   integer      not null default 1 check (rotation_window between 0 and 20),
    revision          integer      not null default 0,
    balance           double precision,
    lower_bound       double precision,
    optimal           boolean,
    groups_kept_whole integer,
    solved_at         timestamptz,
    version           integer      not null default 0,
    unique (owner_id, year)
);

create table plan_criterion (
    plan_id        bigint      not null references supervision_plan (id) on delete cascade,
    criterion_code varchar(20) not null references criterion (code),
    primary key (plan_id, criterion_code)
);

create table plan_focal_unit (
    plan_id          bigint        not null references supervision_plan (id) on delete cascade,
    organisation_id  bigint        not null references organisation (id),
    capacity         numeric(8, 3) not null check (capacity > 0),
    primary key (plan_id, organisation_id)
);

-- a subject is a person or an organisation (an agency, a ward's committee), never both
create table plan_subject (
    id               bigserial    primary key,
    plan_id          bigint       not null references supervision_plan (id) on delete cascade,
    person_id        bigint       references person (id),
    organisation_id  bigint       references organisation (id),
    group_key        varchar(60),
    group_name       varchar(300),
    check ((person_id is null) <> (organisation_id is null)),
    unique (plan_id, person_id),
    unique (plan_id, organisation_id)
);
create index plan_subject_plan_idx on plan_subject (plan_id);

-- exactly one focal unit per subject per plan: the primary key is the subject
create table plan_assignment (
    subject_id       bigint       primary key references plan_subject (id) on delete cascade,
    plan_id          bigint       not null references supervision_plan (id) on delete cascade,
    focal_unit_id    bigint       not null references organisation (id),
    pinned           boolean      not null default false,
    reason           varchar(500),
    foreign key (plan_id, focal_unit_id) references plan_focal_unit (plan_id, organisation_id)
);
create index plan_assignment_plan_idx on plan_assignment (plan_id, focal_unit_id);

-- conflicts of interest declared by officers for one pair, with the reason
create table plan_exclusion (
    subject_id       bigint       not null references plan_subject (id) on delete cascade,
    organisation_id  bigint       not null references organisation (id),
    reason           varchar(500) not null,
    primary key (subject_id, organisation_id)
);

create table plan_comment (
    id               bigserial    primary key,
    plan_id          bigint       not null references supervision_plan (id) on delete cascade,
    organisation_id  bigint       not null references organisation (id),
    author           varchar(100) not null,
    text             varchar(4000) not null,
    created_at       timestamptz  not null
);

create table plan_event (
    id               bigserial    primary key,
    plan_id          bigint       not null references supervision_plan (id) on delete cascade,
    kind             varchar(30)  not null check (kind in ('LAUNCH_CONFERENCE', 'SKILLS_WORKSHOP')),
    held_on          date         not null,
    place            varchar(300) not null,
    participants     text         not null default '',
    minutes          text         not null default ''
);

-- every amendment keeps the reason and the assignments as they were before it
create table plan_revision (
    plan_id          bigint       not null references supervision_plan (id) on delete cascade,
    revision         integer      not null,
    reason           varchar(2000) not null,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    assignments      text         not null,
    primary key (plan_id, revision)
);

create table plan_transition (
    id          bigserial    primary key,
    plan_id     bigint       not null references supervision_plan (id) on delete cascade,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    at          timestamptz  not null,
    by_user     varchar(100) not null,
    note        varchar(2000)
);

insert into criterion (code, source, kind, scope, text_vi) values
('QD522-01', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Chấp hành nghiêm thời gian làm việc'),
('QD522-02', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Trang phục, tác phong, thái độ lịch sự, chuẩn mực'),
('QD522-03', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Chấp hành kỷ luật, kỷ cương hành chính'),
('QD522-04', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Sử dụng đúng mục đích phương tiện và tài sản của cơ quan'),
('QD522-05', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Giải quyết công việc của tổ chức và công dân đúng quy định và đúng hẹn'),
('QD522-06', 'QĐ 522/QĐ-UBND 25/01/2017', 'DONT', 'CONG_VU', 'Không hách dịch, cửa quyền, gây khó khăn, phiền hà cho tổ chức và công dân'),
('QD522-07', 'QĐ 522/QĐ-UBND 25/01/2017', 'DONT', 'CONG_VU', 'Không gợi ý, nhận tiền, quà của tổ chức và công dân'),
('QD522-08', 'QĐ 522/QĐ-UBND 25/01/2017', 'DONT', 'CONG_VU', 'Không hẹn gặp giải quyết công việc ngoài cơ quan hoặc ngoài giờ làm việc'),
('QD522-09', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'CONG_VU', 'Ứng xử đúng mực với cấp trên, đồng nghiệp và cấp dưới'),
('QD522-10', 'QĐ 522/QĐ-UBND 25/01/2017', 'DO', 'NOI_CU_TRU', 'Gương mẫu ở nơi cư trú; không phô trương, lãng phí, vụ lợi trong việc cưới, tang, sinh nhật, mừng thọ, tân gia'),
('QD522-11', 'QĐ 522/QĐ-UBND 25/01/2017', 'DONT', 'NOI_CONG_CONG', 'Không tham gia, kích động, bao che hành vi vi phạm pháp luật nơi công cộng'),
('NCC-01', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DO', 'NOI_CONG_CONG', 'Chấp hành pháp luật và nội quy nơi công cộng'),
('NCC-02', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DO', 'NOI_CONG_CONG', 'Ứng xử văn minh, lịch sự; trang phục lịch sự'),
('NCC-03', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DO', 'NOI_CONG_CONG', 'Giúp đỡ người khuyết tật, phụ nữ mang thai, người già và trẻ em'),
('NCC-04', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DO', 'NOI_CONG_CONG', 'Bảo vệ cảnh quan và môi trường'),
('NCC-05', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DONT', 'NOI_CONG_CONG', 'Không gây ồn ào, chửi bậy, xúc phạm người khác'),
('NCC-06', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DONT', 'NOI_CONG_CONG', 'Không xả rác, khạc nhổ, hút thuốc lá không đúng nơi quy định'),
('NCC-07', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DONT', 'NOI_CONG_CONG', 'Không lấn chiếm vỉa hè, lòng đường, sử dụng không gian công cộng vào mục đích riêng'),
('NCC-08', 'Bộ quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (2017)', 'DONT', 'NOI_CONG_CONG', 'Không hoạt động mê tín dị đoan, trục lợi tại nơi thờ tự, di tích'),
('CT05-01', 'Chỉ thị 05-CT/TW 15/5/2016', 'DO', 'TU_DUONG', 'Thực hiện đúng kế hoạch tu dưỡng đã đăng ký'),
('CT05-02', 'Chỉ thị 05-CT/TW 15/5/2016', 'DO', 'TU_DUONG', 'Phong cách làm việc khoa học, dân chủ, nêu gương, sâu sát cơ sở'),
('CT05-03', 'Chỉ thị 05-CT/TW 15/5/2016', 'DO', 'TU_DUONG', 'Tinh thần, thái độ phục vụ Nhân dân'),
('QD37-01', 'QĐ 37-QĐ/TW 25/10/2021 (19 điều đảng viên không được làm)', 'DONT', 'DANG_VIEN', 'Không vi phạm những điều đảng viên không được làm'),
('NQ4-01', 'Nghị quyết TW4 khóa XII (27 biểu hiện suy thoái)', 'DONT', 'DANG_VIEN', 'Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống');
