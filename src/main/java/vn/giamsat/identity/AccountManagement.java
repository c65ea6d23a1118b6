package vn.giamsat.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.identity.internal.AccountWriter;
import vn.giamsat.identity.internal.UserAccount;
import vn.giamsat.identity.internal.UserAccountRepository;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Managing accounts: administrators create and change them; everybody changes their own
 * password. Passwords are hashed (BCrypt through Spring's delegating encoder) and never
 * logged.
 */
@Service
public class AccountManagement {

	public static final int PASSWORD_MIN = 10;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._\\-]{2,59}");

	private final UserAccountRepository accounts;

	private final AccountWriter writer;

	private final PasswordEncoder encoder;

	private final OrgStructure structure;

	private final AuditLog audit;

	private final Clock clock;

	private final ObjectProvider<PersonLookup> people;

	AccountManagement(UserAccountRepository accounts, AccountWriter writer, PasswordEncoder encoder,
			OrgStructure structure, AuditLog audit, Clock clock, ObjectProvider<PersonLookup> people) {
		this.people = people;
		this.accounts = accounts;
		this.writer = writer;
		this.encoder = encoder;
		this.structure = structure;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public long create(AccountDraft draft, String password) {
		return createUnchecked(draft, password, false);
	}

	/** For the demo data loader only: runs without a signed-in administrator. */
	@Transactional
	public long createDemoAccount(AccountDraft draft, String password) {
		return createUnchecked(draft, password, true);
	}

	private long createUnchecked(AccountDraft draft, String password, boolean demo) {
		List<Problem> problems = check(draft);
		problems.addAll(checkPassword(draft.username(), password));
		if (draft.username() != null && accounts.findByUsername(draft.username().strip()).isPresent()) {
			problems.add(Problem.of("username", "account.error.usernameTaken", draft.username()));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		UserAccount saved = writer.insert(draft, organisationId(draft), personId(draft), encoder.encode(password), demo,
				OffsetDateTime.now(clock));
		audit.record("CREATE", "UserAccount", saved.username(), null, saved.auditState());
		return saved.id();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void update(long id, int expectedVersion, AccountDraft draft) {
		UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
		if (account.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("stale account " + id);
		}
		AccountDraft keyed = new AccountDraft(account.username(), draft.displayName(), draft.role(),
				draft.organisationCode(), draft.personCode(), draft.email(), draft.validFrom(), draft.validTo(),
				draft.enabled());
		List<Problem> problems = check(keyed);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		var before = account.auditState();
		UserAccount saved = writer.update(account, keyed, organisationId(keyed), personId(keyed));
		audit.record("UPDATE", "UserAccount", saved.username(), before, saved.auditState());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
		List<Problem> problems = checkPassword(account.username(), newPassword);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		writer.setPassword(account, encoder.encode(newPassword), OffsetDateTime.now(clock));
		audit.record("RESET_PASSWORD", "UserAccount", account.username(), null, null);
	}

	@Transactional
	public void changeOwnPassword(String username, String current, String newPassword, String confirmation) {
		UserAccount account = accounts.findByUsername(username).orElseThrow(NotFoundException::new);
		List<Problem> problems = new ArrayList<>();
		if (current == null || !encoder.matches(current, writer.passwordHash(account))) {
			problems.add(Problem.of("current", "account.error.currentPasswordWrong"));
		}
		problems.addAll(checkPassword(username, newPassword));
		if (newPassword != null && !newPassword.equals(confirmation)) {
			problems.add(Problem.of("confirmation", "account.error.confirmationMismatch"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		writer.setPassword(account, encoder.encode(newPassword), OffsetDateTime.now(clock));
		audit.record("CHANGE_PASSWORD", "UserAccount", username, null, null);
	}

	private List<Problem> check(AccountDraft d) {
		List<Problem> problems = new ArrayList<>();
		if (d.username() == null || !USERNAME.matcher(d.username().strip()).matches()) {
			problems.add(Problem.of("username", "account.error.usernameFormat"));
		}
		if (d.displayName() == null || d.displayName().isBlank()) {
			problems.add(Problem.of("displayName", "field.error.nameRequired"));
		}
		else if (d.displayName().strip().length() > 150) {
			problems.add(Problem.of("displayName", "field.error.nameTooLong", 150));
		}
		if (d.role() == null) {
			problems.add(Problem.of("role", "account.error.roleRequired"));
		}
		else if (d.role() != Role.SYSTEM_ADMIN && (d.organisationCode() == null || d.organisationCode().isBlank())) {
			problems.add(Problem.of("organisation", "account.error.organisationRequired"));
		}
		if (d.organisationCode() != null && !d.organisationCode().isBlank()
				&& structure.organisationByCode(d.organisationCode().strip()).isEmpty()) {
			problems.add(Problem.of("organisation", "organisation.error.unknown", d.organisationCode()));
		}
		boolean hasPerson = d.personCode() != null && !d.personCode().isBlank();
		if (hasPerson && personId(d) == null) {
			problems.add(Problem.of("person", "account.error.personUnknown", d.personCode()));
		}
		else if (d.role() == Role.CADRE && !hasPerson) {
			problems.add(Problem.of("person", "account.error.personRequired"));
		}
		if (d.validFrom() == null) {
			problems.add(Problem.of("validFrom", "unit.error.validFromRequired"));
		}
		else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			problems.add(Problem.of("validTo", "unit.error.datesOutOfOrder"));
		}
		if (d.email() != null && !d.email().isBlank() && !d.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(Problem.of("email", "account.error.emailFormat"));
		}
		return problems;
	}

	static List<Problem> checkPassword(String username, String password) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.length() < PASSWORD_MIN) {
			problems.add(Problem.of("password", "account.error.passwordTooShort", PASSWORD_MIN));
		}
		else if (username != null && password.toLowerCase().contains(username.strip().toLowerCase())) {
			problems.add(Problem.of("password", "account.error.passwordContainsUsername"));
		}
		return problems;
	}

	private Long personId(AccountDraft d) {
		if (d.personCode() == null || d.personCode().isBlank()) {
			return null;
		}
		PersonLookup lookup = people.getIfAvailable();
		return lookup == null ? null : lookup.personIdByCode(d.personCode().strip()).orElse(null);
	}

	private Long organisationId(AccountDraft d) {
		if (d.organisationCode() == null || d.organisationCode().isBlank()) {
			return null;
		}
		return structure.organisationByCode(d.organisationCode().strip()).map(OrganisationView::id).orElse(null);
	}

	/** Today in Vietnam, for validity defaults in forms. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

}
