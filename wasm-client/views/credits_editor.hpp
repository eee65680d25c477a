#pragma once
// The movie form's credits: one row per person (name, Actor/Director,
// character), rows added and removed here, the server's message for a row
// beneath it. Edits a copy the form view owns; the form sends it on save.
//
// Bridge items: form.credit.add, form.credit.<i>.name, form.credit.<i>.actor,
// form.credit.<i>.director, form.credit.<i>.character,
// form.credit.<i>.remove. Texts: form.credits (count), form.credit.<i>
// ("name ROLE character"), form.error.credits.<i>.
#include <vector>

#include "views/view.hpp"

namespace moviedb::client::views {

void draw_credits_editor(std::vector<CreditRow>& rows, const MovieFormState& form,
                         const ViewContext& ctx);

}  // namespace moviedb::client::views
