package io.aftersales.feedback.web;

import io.aftersales.feedback.Answer;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The satisfaction survey as the customer sees it through a signed link (/s/{token}): no sign-in, a phone-sized
 * page, one answer per link. A changed token is not found (404), an answered one is a conflict (409), an expired one
 * is gone (410).
 */
@Controller
class SurveyWebController {

    private final FollowUpManagement followUps;
    private final ProblemResponses messages;

    SurveyWebController(FollowUpManagement followUps, ProblemResponses messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @GetMapping("/s/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        try {
            model.addAttribute("page", followUps.asLink(token, () -> followUps.surveyPage(token)));
        } catch (NotFoundException | DomainException e) {
            refuse(e, model, response);
        }
        return "feedback/survey";
    }

    @PostMapping("/s/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        try {
            followUps.asLink(token, () -> {
                List<String> questions = followUps.surveyPage(token).followUp().questions();
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < questions.size(); i++) {
                    answers.add(new Answer(questions.get(i), number(form.getFirst("score" + i)), null));
                }
                return followUps.answerSurvey(
                        token, answers, null, number(form.getFirst("nps")), form.getFirst("comment"));
            });
            model.addAttribute("done", true);
        } catch (NotFoundException | DomainException e) {
            refuse(e, model, response);
        }
        return "feedback/survey";
    }

    private void refuse(RuntimeException e, Model model, HttpServletResponse response) {
        model.addAttribute("page", null);
        if (e instanceof DomainException domain) {
            response.setStatus(
                    "survey-expired".equals(domain.code())
                            ? HttpStatus.GONE.value()
                            : domain.code().equals("invalid-input") ? 400 : HttpStatus.CONFLICT.value());
            model.addAttribute("failedText", messages.text(domain.messageKey(), domain.args()));
        } else {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("failedText", messages.text("survey.unknown"));
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
