package io.aftersales.feedback.web;

import io.aftersales.feedback.Answer;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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

    /** The customer's answers: a score per question ({@code scores[i]}), NPS and a comment. */
    record SurveyForm(
            @Nullable List<@Min(1) @Max(5) Integer> scores,
            @Nullable @Min(0) @Max(10) Integer nps,
            @Nullable @Size(max = 2000) String comment) {

        List<Answer> answers(List<String> questions) {
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                answers.add(new Answer(
                        questions.get(i), scores == null || i >= scores.size() ? null : scores.get(i), null));
            }
            return answers;
        }
    }

    @PostMapping("/s/{token}")
    String answer(
            @PathVariable String token,
            @Valid @ModelAttribute SurveyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        if (result.hasErrors()) {
            model.addAttribute("page", null);
            model.addAttribute("failedText", messages.fieldErrors(result));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/survey";
        }
        try {
            followUps.asLink(token, () -> {
                List<String> questions = followUps.surveyPage(token).followUp().questions();
                return followUps.answerSurvey(token, form.answers(questions), null, form.nps(), form.comment());
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
}
