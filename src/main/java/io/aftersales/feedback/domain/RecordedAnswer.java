package io.aftersales.feedback.domain;

import io.aftersales.feedback.Answer;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

@Embeddable
public class RecordedAnswer {

    private String question;
    private @Nullable Integer score;
    private @Nullable String text;

    protected RecordedAnswer() {
        this.question = "";
    }

    RecordedAnswer(Answer answer) {
        this.question = answer.question().trim();
        this.score = answer.score();
        this.text = answer.text() == null || answer.text().isBlank()
                ? null
                : answer.text().trim();
    }

    Answer toAnswer() {
        return new Answer(question, score, text);
    }
}
