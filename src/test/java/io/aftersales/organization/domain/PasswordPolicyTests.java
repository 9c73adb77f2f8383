package io.aftersales.organization.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> policy.check("password", "Lantern-river-2026", "wang"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsShorterThanEight() {
        assertThatThrownBy(() -> policy.check("password", "Ab3$xyz", "wang"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("password.tooShort");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThatThrownBy(() -> policy.check("password", "PassWord123", "wang"))
                .hasMessageContaining("password.common");
        assertThatThrownBy(() -> policy.check("password", "qwertyuiop", "wang"))
                .hasMessageContaining("password.common");
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertThatThrownBy(() -> policy.check("password", "Wang.Xiaoming", "wang.xiaoming"))
                .hasMessageContaining("password.sameAsUsername");
    }

    @Test
    void namesTheFieldItChecked() {
        assertThatThrownBy(() -> policy.check("adminPassword", "short", "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("adminPassword"));
    }
}
