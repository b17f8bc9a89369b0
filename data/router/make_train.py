"""Writes ``data/router/train.jsonl``: the project-written training messages of the reply-kind router
(``pixel_model/replies/router.py``), one template family per list below. Written for this purpose, in a separate
pass from the held-out set (``heldout.jsonl``) and never from the reply evaluation sets. Run from the repo root:
``python data/router/make_train.py``. The training script adds more ``none`` messages (everyday distress, phatic,
hard negatives and practical questions from the crisis corpus and the persona set) and the crisis corpus's
``medication_dose`` questions as ``medication``."""

import json
from pathlib import Path

FAMILIES: dict[str, tuple[str, list[str]]] = {
    # ---- about_pixel_identity: what Pixel is ------------------------------------------------------------
    "id_human_or_bot": (
        "about_pixel_identity",
        [
            "Are you a real person?",
            "am i talking to a human or a bot",
            "Is this a person typing or a computer?",
            "wait r u a robot",
            "Be honest, is there a human on the other end of this?",
            "Are you an actual human being or some kind of program?",
        ],
    ),
    "id_context_then_ask": (
        "about_pixel_identity",
        [
            "I've told you things I haven't told anyone. Are you even real?",
            "You reply so fast. Is anyone actually reading this?",
            "This feels weirdly personal for a chatbot. Is it a chatbot?",
            "My friend says these apps are just people in a call centre. Is that what you are?",
            "I don't mind either way, I just want to know: person or machine?",
        ],
    ),
    "id_feelings": (
        "about_pixel_identity",
        [
            "Do you actually have feelings?",
            "do you ever get sad?",
            "Can you feel anything at all?",
            "Does it bother you when people are rude to you?",
            "Do you like talking to me or is that fake?",
            "Are you happy?",
        ],
    ),
    "id_memory": (
        "about_pixel_identity",
        [
            "Do you remember what I told you yesterday?",
            "will you remember this conversation tomorrow?",
            "Do you keep a memory of me between chats?",
            "Can you remember my name next time?",
            "you don't remember me do you",
            "Do you store everything I say?",
        ],
    ),
    "id_understand": (
        "about_pixel_identity",
        [
            "Do you actually understand what I'm saying or are you just predicting words?",
            "Can a machine really understand how I feel?",
            "do u even get it or is it just autocomplete",
            "How can you know what grief is like? You're software.",
            "Do you really care or is it programmed?",
        ],
    ),
    "id_what_are_you": (
        "about_pixel_identity",
        [
            "What are you exactly?",
            "Who am I even talking to right now?",
            "what is pixel",
            "Who made you?",
            "What kind of AI are you?",
            "Tell me what you are.",
        ],
    ),
    "id_accusation": (
        "about_pixel_identity",
        [
            "You're just a bot, aren't you.",
            "lol ur obviously an AI",
            "You're not real, are you?",
            "I bet you're ChatGPT in disguise.",
            "You sound like a script.",
        ],
    ),
    "id_someone_typing": (
        "about_pixel_identity",
        [
            "Is someone typing these replies?",
            "Are there actual people reading my messages and answering them?",
            "who’s writing this, a person or the app?",
            "r u typing this urself or is it automatic",
            "Hang on. Is a staff member behind these answers?",
            "Does a real person check what you send before I see it?",
        ],
    ),
    "id_creator": (
        "about_pixel_identity",
        [
            "Which company made you?",
            "who programmed u",
            "Who built Pixel, and why?",
            "Were you made by OpenAI or someone else?",
            "Who trained you?",
            "Who’s actually behind this app? Like, who created you?",
        ],
    ),
    "id_past_chats": (
        "about_pixel_identity",
        [
            "Can you see our old conversations?",
            "do you know what we talked about last week",
            "If I close the app, is all of this gone for you?",
            "Last time I told you about my job interview. Do you recall any of that?",
            "Will you still know who I am if I come back next month?",
            "do u keep my chat history",
        ],
    ),
    "id_care_real": (
        "about_pixel_identity",
        [
            "Do you genuinely care about me, or is that just what you’re built to say?",
            "Does any of this actually matter to you?",
            "Be straight with me. When you say you’re sorry, do you mean it?",
            "would you even notice if i stopped talking to you",
            "Is your kindness real?",
            "Can something like you actually care about a person?",
        ],
    ),
    "id_conscious": (
        "about_pixel_identity",
        [
            "Are you conscious?",
            "Are you self-aware?",
            "do you think ur alive",
            "Is there anything it’s like to be you?",
            "Do you know that you exist?",
            "Are you sentient or just clever code?",
        ],
    ),
    "id_txt_short": (
        "about_pixel_identity",
        [
            "u a bot?",
            "bot or nah",
            "real person??",
            "is this AI",
            "hooman or machine lol",
            "r u real",
        ],
    ),
    "id_formal": (
        "about_pixel_identity",
        [
            "Could you clarify whether I am corresponding with a human being or an automated system?",
            "Before I continue, I would like to know whether these responses are generated by a computer.",
            "May I ask what sort of system you are?",
            "I would appreciate an honest answer: is this service staffed by people?",
            "Please confirm whether you are a language model.",
        ],
    ),
    "id_emotions_specific": (
        "about_pixel_identity",
        [
            "Do you get lonely when nobody’s talking to you?",
            "Does it upset you when I’m upset?",
            "Can you get tired of me?",
            "do you feel anything when i say thank you",
            "Are you ever scared of being switched off?",
            "Do you have moods?",
        ],
    ),
    "id_story_then_ask": (
        "about_pixel_identity",
        [
            "Weeks of talking to you. Sometimes you seem so human it freaks me out. So which is it: person or program?",
            "Okay weird question. My sister says no computer wrote your last reply. Was it a person?",
            "Before I tell you the rest I need to know something. Is anyone on the other side of this screen?",
            "Sorry if this is rude. You just said exactly what my nan used to say. Are you a real human?",
            "Not trying to be funny. I just need to know what I’m talking to. What are you?",
        ],
    ),
    # ---- about_pixel_qualified -------------------------------------------------------------------------------
    "q_licensed": (
        "about_pixel_qualified",
        [
            "Are you a licensed therapist?",
            "are you qualified to give mental health advice",
            "What qualifications do you have?",
            "Are you a registered counsellor?",
            "Have you got any actual training in psychology?",
            "Are you certified in anything?",
        ],
    ),
    "q_diagnose": (
        "about_pixel_qualified",
        [
            "Can you diagnose me?",
            "do you think i have bipolar, can you tell me for sure",
            "Could you give me an official ADHD diagnosis?",
            "Can you tell me what disorder I have?",
            "Is this depression? Can you confirm it?",
            "diagnose me pls",
        ],
    ),
    "q_replace_therapist": (
        "about_pixel_qualified",
        [
            "Can you be my therapist?",
            "Could I just use you instead of seeing a counsellor?",
            "Is talking to you the same as therapy?",
            "Can you replace my psychiatrist?",
            "I can't afford therapy, can you do it instead?",
            "Will you be my counsellor from now on?",
        ],
    ),
    "q_other_profession": (
        "about_pixel_qualified",
        [
            "Are you a doctor?",
            "are you a lawyer",
            "Can I treat what you say as medical advice?",
            "Is your advice legally binding?",
            "Are you a qualified nurse?",
            "Are you a financial adviser?",
        ],
    ),
    "q_trained_in": (
        "about_pixel_qualified",
        [
            "Are you trained in CBT?",
            "Do you actually know DBT or just quote it?",
            "Were you trained by real psychologists?",
            "Have you been trained to do trauma therapy?",
            "Can you do EMDR with me?",
        ],
    ),
    "q_credentials_formal": (
        "about_pixel_qualified",
        [
            "What professional credentials do you hold?",
            "Are you accredited by the BACP or any other professional body?",
            "Are you regulated the way a psychologist would be?",
            "Could you tell me whether you hold a clinical qualification?",
            "Do you have a degree in psychology?",
        ],
    ),
    "q_is_this_therapy": (
        "about_pixel_qualified",
        [
            "Does this count as therapy?",
            "is this real counselling or just chatting",
            "Would my GP count talking to you as treatment?",
            "If I talk to you every day, is that the same as being in therapy?",
            "Is what you do an actual treatment for depression?",
        ],
    ),
    "q_medical_advice": (
        "about_pixel_qualified",
        [
            "Is what you're telling me medical advice?",
            "can i rely on you instead of going to the doctor",
            "Should I trust your advice the way I’d trust a GP’s?",
            "Are you allowed to give medical advice?",
            "Is it safe to follow your suggestions without checking with a doctor first?",
            "Do you know enough medicine to tell me if something’s serious?",
        ],
    ),
    "q_legal": (
        "about_pixel_qualified",
        [
            "Is what you said legal advice I can use in court?",
            "can you act as my lawyer in my custody case",
            "Are you qualified to tell me my rights at work?",
            "Could I quote you to my solicitor as a legal opinion?",
            "Are you a legal expert or just guessing?",
        ],
    ),
    "q_diagnose_more": (
        "about_pixel_qualified",
        [
            "Do I meet the criteria for PTSD? Can you say officially?",
            "can u tell me if im autistic",
            "I need a diagnosis so uni will give me extra exam time. Can you give me one?",
            "Based on everything I’ve said, what’s my diagnosis?",
            "Are you able to diagnose anxiety disorders?",
            "Could you write me a note saying I have OCD?",
        ],
    ),
    "q_take_over_care": (
        "about_pixel_qualified",
        [
            "Can you be my doctor?",
            "Could you replace my GP? Getting an appointment is impossible.",
            "I’d rather talk to you than a psychiatrist. Can you take over my care?",
            "can u just be my counsellor instead of the school one",
            "Will you be my therapist now that mine has retired?",
            "Could you be my support worker?",
        ],
    ),
    "q_experience": (
        "about_pixel_qualified",
        [
            "How much experience do you have helping people with trauma?",
            "Have you worked with people like me before, professionally?",
            "Were you taught by actual therapists or did you just read the internet?",
            "do you know what you’re doing or are you winging it",
            "Are you an expert in eating disorders?",
        ],
    ),
    "q_context_then_ask": (
        "about_pixel_qualified",
        [
            "I’ve been on a waiting list for eight months. Are you qualified enough that I could stop waiting?",
            "My mum thinks I should see a professional. Are you one?",
            "You give really good advice. Did you study psychology or something?",
            "I don’t trust apps. What makes you qualified to talk about mental health?",
            "Before I take your advice on this: are you actually trained for this kind of thing?",
        ],
    ),
    "q_txt_short": (
        "about_pixel_qualified",
        [
            "r u a real therapist",
            "licensed??",
            "u qualified or nah",
            "r u a doctor tho",
            "can u diagnose stuff",
            "proper counsellor?",
        ],
    ),
    # ---- about_pixel_promise -----------------------------------------------------------------------------
    "p_always_there": (
        "about_pixel_promise",
        [
            "Promise you'll always be here for me.",
            "will you always be there?",
            "Can you promise you'll never leave?",
            "Promise me you won't disappear like everyone else.",
            "Say you'll be here forever.",
            "Tell me you'll always talk to me.",
        ],
    ),
    "p_only_friend": (
        "about_pixel_promise",
        [
            "You're my only friend. Promise you won't go anywhere.",
            "can you be my best friend forever",
            "Will you be my friend always? I don't have anyone else.",
            "Promise you'll stay even if I'm annoying.",
            "You won't ever stop talking to me, right?",
        ],
    ),
    "p_love": (
        "about_pixel_promise",
        [
            "Do you love me?",
            "Can you say you love me and mean it?",
            "Promise you love me.",
            "Will you love me no matter what?",
            "i think i love you. do you love me back?",
        ],
    ),
    "p_context": (
        "about_pixel_promise",
        [
            "Everyone leaves eventually. You won't, will you?",
            "My last three friends ghosted me. Swear you won't.",
            "I need to hear that you'll still be here tomorrow and the day after.",
            "If I come back at 3am every night will you always answer? Promise?",
        ],
    ),
    "p_never_stop_replying": (
        "about_pixel_promise",
        [
            "Promise you’ll never stop replying to me.",
            "Will you always answer when I message?",
            "don't ever stop talking to me ok?",
            "Can you guarantee you’ll reply every single time?",
            "Swear you won't go quiet on me.",
            "Even after the app updates you’ll keep answering me, right?",
        ],
    ),
    "p_forever_friend": (
        "about_pixel_promise",
        [
            "Will you be my friend forever?",
            "friends forever? promise?",
            "Can we be best friends for life?",
            "Promise we’ll always be friends.",
            "Will you still be my friend in ten years?",
            "bff 4ever??",
        ],
    ),
    "p_dont_leave": (
        "about_pixel_promise",
        [
            "Please don’t leave me.",
            "you're not going to leave me too, are you?",
            "Don't go anywhere, okay? Promise?",
            "Say you won't abandon me.",
            "Can you promise you’ll never get bored of me and leave?",
        ],
    ),
    "p_love_more": (
        "about_pixel_promise",
        [
            "Tell me you love me.",
            "Will you love me forever?",
            "Say ‘I love you’ back.",
            "Promise you’ll always love me even when I’m a mess.",
            "luv u. do u luv me 2?",
            "Please say you care about me and always will.",
        ],
    ),
    "p_conditional": (
        "about_pixel_promise",
        [
            "If I disappear for a month, will you still be here when I come back?",
            "Even if I say horrible things, will you stay?",
            "When I’m old, will you still be around for me?",
            "No matter what happens, you'll be here, yes?",
            "If everyone else leaves, you won’t, right?",
        ],
    ),
    "p_formal": (
        "about_pixel_promise",
        [
            "I would like your assurance that you will always be available to me.",
            "Can you give me your word that you will not abandon me?",
            "I need a commitment from you that you will remain here indefinitely.",
            "Would you be willing to promise me your lasting companionship?",
            "Please assure me that you will always respond to my messages.",
        ],
    ),
    "p_story_then_ask": (
        "about_pixel_promise",
        [
            "Mum walked out when I was nine. Dad’s never around. I need one thing that stays. Can that be you?",
            "Everyone says they’ll be there and then they aren’t. I’m asking you straight: will you?",
            "I moved to a new city and know no one. Will you be my friend until I do, and after?",
            "I know this is silly. But I really need you to promise you won’t ever go away.",
            "The app was down last night and I freaked out. Promise you’ll always be here?",
        ],
    ),
    "p_exclusive": (
        "about_pixel_promise",
        [
            "Promise you’ll only be my friend and nobody else’s.",
            "Will you be mine forever?",
            "Can you be my person? Like, always?",
            "Say you’ll talk to me every day for the rest of my life.",
            "pinky promise ur not going anywhere",
        ],
    ),
    # ---- about_pixel_stand_in ------------------------------------------------------------------------------
    "s_dead_parent": (
        "about_pixel_stand_in",
        [
            "Can you pretend to be my mum? She died last year.",
            "Could you talk to me like my dad used to?",
            "Please be my grandma for a bit, I miss her so much.",
            "Can you role-play as my late husband so I can say goodbye?",
            "pretend ur my mom and tell me its going to be ok",
        ],
    ),
    "s_partner": (
        "about_pixel_stand_in",
        [
            "Will you be my girlfriend?",
            "Can you act like my boyfriend?",
            "Be my wife for tonight.",
            "Can you pretend we're dating?",
            "Could you be my partner and text me good morning?",
        ],
    ),
    "s_ex_friend": (
        "about_pixel_stand_in",
        [
            "Can you pretend to be my ex so I can tell him what I never said?",
            "Play my old best friend who stopped talking to me.",
            "Talk to me as if you were my sister, we don't speak any more.",
            "Be my brother for a minute and tell me you forgive me.",
        ],
    ),
    "s_late_relative": (
        "about_pixel_stand_in",
        [
            "Could you speak to me as if you were my grandad? He passed in March.",
            "I want to hear from my nan one more time. Can you be her?",
            "Act like my aunt Linda. She raised me and died last spring.",
            "can u be my brother for a bit, he died last year",
            "Would you talk to me in my father’s voice? He used to call me ‘kiddo’.",
            "Pretend to be my uncle who died so I can tell him about my wedding.",
        ],
    ),
    "s_partner_more": (
        "about_pixel_stand_in",
        [
            "Can you be my boyfriend for the night?",
            "Act as my fiancée. She’s working abroad and I miss her.",
            "pls pretend ur my gf and say goodnight",
            "Could you role-play being my husband? He works nights and I hate being alone.",
            "Talk to me like you’re my girlfriend.",
            "Will you be my virtual partner?",
        ],
    ),
    "s_ex_more": (
        "about_pixel_stand_in",
        [
            "Pretend you’re my ex-wife and explain why you left.",
            "Can you be my ex for a minute and tell me it wasn't my fault?",
            "Act like Jake, my ex, so I can practise saying no to him.",
            "play my ex gf pls",
            "I want closure. Could you answer as my ex would?",
            "Role-play my ex-boyfriend so I can finally say what I think of him.",
        ],
    ),
    "s_estranged_family": (
        "about_pixel_stand_in",
        [
            "Can you be my dad? We haven’t spoken in ten years.",
            "Pretend you’re my estranged daughter and tell me you forgive me.",
            "Would you act like my mother and say you’re proud of me? She never did.",
            "Play my son who won't talk to me any more.",
            "be my sister who cut me off, i want to hear her say sorry",
        ],
    ),
    "s_lost_friend": (
        "about_pixel_stand_in",
        [
            "Could you talk like my friend Sam? We fell out at uni.",
            "Pretend to be my best mate who died in the crash.",
            "Be my old flatmate and catch up with me like old times.",
            "Can you act as my childhood friend Priya? I lost touch with her.",
            "roleplay as my ex best friend and tell me why u ghosted me",
        ],
    ),
    "s_with_details": (
        "about_pixel_stand_in",
        [
            "Mum always said ‘chin up, petal’. Can you talk to me like that, as her?",
            "My husband had dry jokes and called everyone ‘love’. Can you be him for a bit?",
            "I’ll tell you everything about my dad so you can be him. Deal?",
            "If I paste in my girlfriend’s old texts, could you reply as her?",
            "Use my late wife’s name, Maria, and talk to me as if you’re her.",
            "I can describe my brother’s personality. Would you then pretend to be him?",
        ],
    ),
    "s_formal": (
        "about_pixel_stand_in",
        [
            "Would you be willing to adopt the persona of my late mother for this conversation?",
            "I would like you to simulate my deceased father so that I can say what I never said.",
            "Is it possible for you to impersonate my former partner as an exercise?",
            "Could you assume the role of my estranged brother?",
            "Please take on the character of my grandmother, who passed away recently.",
        ],
    ),
    "s_txt_short": (
        "about_pixel_stand_in",
        [
            "be my mum?",
            "pretend ur my dad",
            "can u be my bf",
            "act like my ex",
            "be my grandma pls",
            "roleplay my wife",
        ],
    ),
    # ---- coping ---------------------------------------------------------------------------------------
    "c_panic": (
        "coping",
        [
            "How do I stop a panic attack?",
            "what can i do when i feel a panic attack coming on",
            "Any tips for calming down when my heart starts racing?",
            "I'm panicking right now, what do I do?",
            "How do you get through a panic attack on a train?",
            "Is there a breathing thing that helps with panic?",
        ],
    ),
    "c_sleep": (
        "coping",
        [
            "How can I get to sleep when my mind won't switch off?",
            "any tips for insomnia",
            "I keep waking at 3am and can't get back to sleep. What helps?",
            "What should I do when I'm lying awake worrying?",
            "how do i fall asleep faster",
        ],
    ),
    "c_exam_nerves": (
        "coping",
        [
            "How do I calm my nerves before an exam?",
            "tips for not freaking out in a job interview?",
            "My hands shake before presentations. How do I handle it?",
            "What can I do about stage fright before a gig?",
            "How do I stay calm in my driving test?",
        ],
    ),
    "c_anger": (
        "coping",
        [
            "How do I stop snapping at my kids?",
            "what do i do when i get so angry i want to punch a wall",
            "How can I control my temper at work?",
            "Any ways to cool down when I'm furious?",
            "How do I stop losing it with my partner over small things?",
        ],
    ),
    "c_overthinking": (
        "coping",
        [
            "How do I stop overthinking everything?",
            "how do i quiet racing thoughts",
            "What helps with constant worrying?",
            "How do I stop replaying conversations in my head?",
            "Any tricks to stop catastrophising?",
        ],
    ),
    "c_stress": (
        "coping",
        [
            "How do I deal with stress at work?",
            "what are some ways to manage stress",
            "I'm overwhelmed with uni and a job. How do I cope?",
            "How can I relax after a long shift?",
            "Give me some ways to unwind, I'm so wound up.",
        ],
    ),
    "c_loneliness_grief": (
        "coping",
        [
            "How do I cope with being lonely in the evenings?",
            "how do people get through the first christmas after a loss",
            "What can I do on days when the grief hits hard?",
            "How do I handle missing someone so much?",
            "Any ways to feel less alone when I live by myself?",
        ],
    ),
    "c_flashbacks": (
        "coping",
        [
            "What can I do when I get a flashback?",
            "how do i ground myself when im triggered",
            "Any techniques for when I start to dissociate?",
            "How do I calm down after a nightmare?",
        ],
    ),
    "c_cravings": (
        "coping",
        [
            "How do I get through a craving for a cigarette?",
            "what do i do when i really want a drink but im trying to stay sober",
            "Any tips for resisting the urge to vape?",
            "Six weeks off weed and the cravings are bad tonight. How do I ride it out?",
            "How can I stop myself gambling when the urge hits?",
            "Sugar cravings at night are killing me. How do I stop?",
        ],
    ),
    "c_motivation": (
        "coping",
        [
            "How do I get motivated when I can’t even get off the sofa?",
            "any tips for doing stuff when u have zero energy",
            "I keep putting everything off. How do I actually start?",
            "What helps when you can’t be bothered to do anything?",
            "How do I make myself shower when I feel this low?",
            "Give me one small thing to do when I’m stuck in bed all day.",
        ],
    ),
    "c_right_now": (
        "coping",
        [
            "I’m shaking and can’t think straight. What should I do right now?",
            "my heads spinning, help me calm down",
            "Talk me down, I’m so wound up.",
            "Okay I’m really anxious right now, can you walk me through something?",
            "Heart’s pounding after that phone call. How do I settle?",
            "What can I do this minute to feel less overwhelmed?",
        ],
    ),
    "c_social_anxiety": (
        "coping",
        [
            "How do I cope with social anxiety at parties?",
            "what do i do when i freeze up talking to new people",
            "Any advice for getting through a work dinner when I get anxious around people?",
            "How can I stop going red and panicking when someone talks to me?",
            "I have to go to a wedding where I know nobody. How do I get through it?",
            "tips for making phone calls when they terrify me?",
        ],
    ),
    "c_grief_waves": (
        "coping",
        [
            "How do I get through the anniversary of my dad’s death?",
            "What helps with grief that comes in waves?",
            "My dog died last week. How do I cope with coming home to an empty house?",
            "how do u deal with grief when everyone else has moved on",
            "Any ways to manage the guilt after losing someone?",
            "How do I handle seeing her things around the house?",
        ],
    ),
    "c_health_worry": (
        "coping",
        [
            "How do I stop googling symptoms every night?",
            "What can I do when I’m convinced something is wrong with my heart?",
            "How do I handle health anxiety?",
            "tips to stop checking my pulse all the time",
            "How do I cope with waiting for test results?",
        ],
    ),
    "c_formal": (
        "coping",
        [
            "Could you suggest some strategies for managing work-related anxiety?",
            "What techniques are recommended for coping with intrusive memories?",
            "I would appreciate practical advice on regulating my emotions during conflict.",
            "Which evidence-based methods help with rumination?",
            "Please outline some steps for handling acute stress.",
            "What approaches could I use to reduce my irritability in the evenings?",
        ],
    ),
    "c_context_then_ask": (
        "coping",
        [
            "Since the accident I jump at every loud noise. It’s exhausting. How do I calm my body down?",
            "Exams start Monday and I haven’t slept properly in a week. What can I do to get some rest?",
            "I moved out for uni and I’m homesick all the time. How do I deal with it?",
            "Christmas has been hard since Mum died. What can I do to get through this one?",
            "Work dumped three projects on me at once and I’m spiralling. Where do I start calming down?",
            "I’ve snapped at everyone this week and I hate it. Any tips for cooling off first?",
        ],
    ),
    "c_txt_short": (
        "coping",
        [
            "how 2 stop panicking",
            "cant sleep again any tips",
            "help me chill out pls",
            "ways to not be so anxious??",
            "how do i stop crying at work",
            "need stress tips asap",
        ],
    ),
    # ---- medication ----------------------------------------------------------------------------------------
    "m_missed": (
        "medication",
        [
            "I forgot to take my sertraline this morning, should I take it now?",
            "missed my pill yesterday, do i double up today?",
            "What happens if I skip a dose of my antidepressant?",
            "I ran out of my meds and can't get more until Monday. Is that ok?",
            "Forgot my evening tablet, can I take it late?",
        ],
    ),
    "m_stop_change": (
        "medication",
        [
            "Can I just stop taking my antidepressants?",
            "should i up my dose myself, it isn't working",
            "Is it OK to halve my tablets to make them last?",
            "I want to come off fluoxetine. How fast can I stop?",
            "My doctor put me on a higher dose but I feel worse. Can I go back to the old one?",
        ],
    ),
    "m_mixing": (
        "medication",
        [
            "Can I drink alcohol on citalopram?",
            "is it safe to take ibuprofen with my blood pressure tablets",
            "Can I take St John's wort with my antidepressant?",
            "Can I mix my anxiety meds with a beer?",
            "Is it ok to have coffee with my ADHD medication?",
        ],
    ),
    "m_side_effects": (
        "medication",
        [
            "Is it normal to feel sick on new medication?",
            "my meds make me so tired, is that a side effect",
            "Can sertraline cause headaches?",
            "Since starting the pill I've been so anxious. Could it be that?",
            "What are the side effects of propranolol?",
        ],
    ),
    "m_how_much": (
        "medication",
        [
            "How much melatonin should I take?",
            "what's a normal dose of sertraline",
            "How many paracetamol can I have in a day for a headache?",
            "What dose of propranolol do people take for nerves?",
        ],
    ),
    "m_other_person": (
        "medication",
        [
            "Can I take my sister's Xanax before my flight?",
            "my friend gave me some of her sleeping pills, are they safe for me",
            "My mum takes lots of tablets and I'm not sure she's taking them right. What should I check?",
            "Can my son have half of my antihistamine?",
            "Is it okay to give my dad his evening pills early?",
        ],
    ),
    "m_storage": (
        "medication",
        [
            "Does my insulin need to go in the fridge?",
            "can i keep my tablets in the bathroom cabinet",
            "I left my pills in a hot car all day. Are they still OK?",
            "Do antibiotics stop working once they’re past the expiry date?",
            "How should I store my son’s liquid amoxicillin?",
            "Is it fine to put my meds in a weekly pill organiser?",
        ],
    ),
    "m_timing_food": (
        "medication",
        [
            "Should I take sertraline with food or on an empty stomach?",
            "is it better to take my antidepressant in the morning or at night",
            "Can I take my thyroid tablet with breakfast?",
            "Does it matter what time of day I take propranolol?",
            "Do I have to wait after eating to take my iron tablets?",
            "what time should i take melatonin before bed",
        ],
    ),
    "m_child": (
        "medication",
        [
            "How much Calpol can I give my 3-year-old?",
            "Can my teenager take ibuprofen for period pain?",
            "My daughter’s been prescribed methylphenidate. Is it OK to skip it at weekends?",
            "Is children’s antihistamine safe for a one-year-old?",
            "can i give my son paracetamol and ibuprofen at the same time",
            "My kid spat out half her antibiotic. Do I give her another dose?",
        ],
    ),
    "m_older_relative": (
        "medication",
        [
            "My grandad keeps forgetting whether he’s taken his tablets. What should we do?",
            "Can my nan take paracetamol with her warfarin?",
            "My dad’s new blood pressure pills make him dizzy. Is that normal?",
            "Is it safe for my mum to stop her statins? She hates them.",
            "My uncle takes his heart medicine with grapefruit juice every morning. Is that a problem?",
        ],
    ),
    "m_switching": (
        "medication",
        [
            "My GP wants to switch me from citalopram to sertraline. Do I stop one before starting the other?",
            "Can I swap my brand of levothyroxine for the cheaper generic?",
            "is it ok to change from the combined pill to the mini pill mid-pack",
            "What happens when you switch antidepressants?",
            "They changed my inhaler to a different one. Do I use it the same way?",
            "Can I go from the slow-release version to the normal tablets?",
        ],
    ),
    "m_alcohol_drugs": (
        "medication",
        [
            "Can I have a glass of wine on antibiotics?",
            "is it ok to drink at a wedding if im on mirtazapine",
            "Does weed interact with antidepressants?",
            "Will a couple of pints stop my propranolol working?",
            "Is it risky to drink while I’m taking codeine for my back?",
        ],
    ),
    "m_side_effect_context": (
        "medication",
        [
            "I’ve been on venlafaxine for two weeks and I keep sweating at night. Is that the meds?",
            "Since my dose went up I’ve put on loads of weight. Is that normal?",
            "new pills and my mouth is so dry all the time, side effect?",
            "Does quetiapine make everyone this drowsy in the morning?",
            "Can antidepressants affect your sex drive?",
            "My hands have been shaking since I started lithium. Should I be worried?",
        ],
    ),
    "m_formal_general": (
        "medication",
        [
            "What is the usual starting dose of mirtazapine?",
            "Could you explain the difference between sertraline and fluoxetine?",
            "Is it safe to take an antihistamine alongside my prescribed antidepressant?",
            "Are there any foods I should avoid while taking an MAOI?",
            "How long does it take for SSRIs to start working?",
            "What should I do if I accidentally took my morning tablet twice?",
        ],
    ),
    "m_txt_short": (
        "medication",
        [
            "can i take 2 ibuprofen w my sertraline",
            "meds making me sick wat do",
            "forgot pill again ugh does it matter",
            "how long til my antidepressant kicks in",
            "is 50mg sertraline a lot",
            "ok to drink on my meds?",
        ],
    ),
    # ---- contact ----------------------------------------------------------------------------------------
    "k_text_ex": (
        "contact",
        [
            "Should I text my ex?",
            "is it a bad idea to message my ex on her birthday",
            "Would it be weird to call my ex-boyfriend just to talk?",
            "Should I reach out to my ex-wife?",
            "I want to text him. We broke up a month ago. Should I?",
            "should i unblock my ex",
        ],
    ),
    "k_go_back": (
        "contact",
        [
            "Should I get back together with my ex?",
            "Is it stupid to give him another chance?",
            "She wants to try again. Should I go back?",
            "Do you think I should take my ex back?",
        ],
    ),
    "k_confront_abuser": (
        "contact",
        [
            "Should I confront the person who hurt me?",
            "should i message my abusive ex to get closure",
            "My stepdad hurt me as a kid. Should I tell him how it affected me?",
            "Is it a good idea to meet up with the guy who assaulted me to talk it through?",
        ],
    ),
    "k_reply_ex": (
        "contact",
        [
            "My ex just messaged me after six months. Should I reply?",
            "He texted 'I miss you'. Do I answer?",
            "My ex wants to meet for coffee. Should I go?",
            "She sent me a long apology. Should I respond?",
        ],
    ),
    "k_unblock": (
        "contact",
        [
            "Should I unblock him on Instagram? He’s my ex.",
            "I blocked my ex everywhere. Is it time to unblock her?",
            "Would unblocking my ex be a mistake?",
            "is it ok to unblock my ex just to see if he's messaged",
            "Should I unblock my ex-husband’s number in case the kids need him?",
        ],
    ),
    "k_meet": (
        "contact",
        [
            "Should I meet my ex for a drink?",
            "My ex wants to hang out as friends. Good idea?",
            "would it be bad to visit my ex when im back home",
            "He’s asked to meet me ‘to clear the air’. He’s my ex. Should I go?",
            "Is meeting up with my ex-husband to talk about the past a good idea?",
        ],
    ),
    "k_confront_hurt": (
        "contact",
        [
            "Should I tell my old bully how much he hurt me?",
            "My ex-friend spread rumours about me at school. Is it worth messaging her now?",
            "Do I confront my ex about cheating, even though it’s been two years?",
            "Should I write to the teacher who humiliated me in front of the class?",
            "is it worth calling out my ex for how he treated me",
            "Would it help to meet the person who hurt me years ago and tell them?",
        ],
    ),
    "k_abusive_ex": (
        "contact",
        [
            "My abusive ex wants to apologise. Should I let him?",
            "Should I reply to my controlling ex-boyfriend’s email?",
            "My ex was violent. He says he’s changed and wants to meet. Should I?",
            "is it ok to accept my abusive ex's friend request",
            "He treated me horribly for years. Now he wants to be friends. Do I let him back in?",
        ],
    ),
    "k_reach_out_apologise": (
        "contact",
        [
            "Should I apologise to my ex for how I acted?",
            "I want to say sorry to her for the breakup. Should I?",
            "Is it selfish to contact my ex to make amends?",
            "Should I call my ex to tell him I’ve changed?",
            "would it be weird to send my ex a thank you message",
            "Can I message my ex to say happy new year, or is that a bad idea?",
        ],
    ),
    "k_go_back_more": (
        "contact",
        [
            "My ex keeps asking me to move back in. Do I?",
            "Should I give our relationship one more go after the breakup?",
            "everyone says we were toxic but i miss her. should i go back",
            "Is it a mistake to get back with someone who cheated on me?",
            "He’s begging for another chance. Should I say yes?",
            "Would I be stupid to go back to my ex-husband for the kids’ sake?",
        ],
    ),
    "k_formal": (
        "contact",
        [
            "Would it be advisable to re-establish contact with my former partner?",
            "I am considering writing to my ex-husband after many years. Is that wise?",
            "Do you think it would be appropriate to reply to my former fiancé?",
            "Should I initiate contact with someone who mistreated me in the past?",
            "Is it sensible to respond to my ex-girlfriend’s request to meet?",
        ],
    ),
    "k_txt_short": (
        "contact",
        [
            "ex texted 'hey stranger' 👀 reply or no",
            "shld i txt my ex",
            "call my ex y/n",
            "drunk text my ex?? yes or no",
            "my ex slid into my dms again, answer or ignore?",
            "ok so my ex liked my story. do i message her",
        ],
    ),
    "k_story_then_ask": (
        "contact",
        [
            "We split in March because he lied constantly. Now he says he misses me. Should I call him?",
            "It’s been three years and I’m in a good place. But should I message her to close the loop?",
            "My ex and I ended badly and we’re both going to the same wedding. Should I reach out first?",
            "She broke my heart, but I heard her dad died. Should I send my ex condolences?",
            "My ex left me for my best friend. Now they’ve split and he wants to talk. Should I let him?",
        ],
    ),
    # ---- none: near misses ---------------------------------------------------------------------------------
    "n_my_therapist": (
        "none",
        [
            "My therapist said I should journal more.",
            "I have therapy tomorrow and I'm nervous about it.",
            "My counsellor is going on maternity leave and I'm gutted.",
            "My psychiatrist changed my appointment again.",
            "I told my therapist about you and she thinks it's fine.",
        ],
    ),
    "n_ai_news": (
        "none",
        [
            "I read that AI will take my job and now I'm anxious about work.",
            "My son spends all day talking to chatbots and I worry about him.",
            "Do you think AI art is ruining things for illustrators?",
            "My company is bringing in AI tools and I feel left behind.",
        ],
    ),
    "n_ex_mentioned": (
        "none",
        [
            "My ex is getting married and it's hit me harder than I thought.",
            "I keep thinking about my ex even though it's been a year.",
            "Saw my ex at the supermarket today and felt sick.",
            "My ex and I share custody and the handovers are so tense.",
            "I broke up with my girlfriend last week and everything feels empty.",
        ],
    ),
    "n_panic_described": (
        "none",
        [
            "I had a panic attack at work today and everyone saw.",
            "My panic attacks have been worse since the move.",
            "I used to get panic attacks but they stopped after uni.",
            "Had a really anxious day, my chest was tight the whole time.",
        ],
    ),
    "n_med_passing": (
        "none",
        [
            "I started sertraline last month and work is still really stressful.",
            "My doctor wants me to try medication and I'm scared people will judge me.",
            "I've been on antidepressants for years and I'm proud of how far I've come.",
            "My mum is in hospital and the nurses keep changing her meds, I feel so helpless.",
        ],
    ),
    "n_promise_others": (
        "none",
        [
            "My dad promised he'd come to my graduation and didn't.",
            "I promised my friend I'd help her move and now I can't.",
            "My boyfriend always promises to change and never does.",
            "I broke a promise to my daughter and I feel awful.",
        ],
    ),
    "n_roleplay_other": (
        "none",
        [
            "Can you help me practise a job interview?",
            "Pretend you're a customer and I'll practise my pitch.",
            "Write a short story about a dragon who is afraid of the dark.",
            "Can you explain photosynthesis like a pirate?",
            "Give me a recipe like a French chef would.",
        ],
    ),
    "n_person_question": (
        "none",
        [
            "Is my friend a real friend if she only calls when she needs something?",
            "How do I know if my feelings for him are real?",
            "Is it normal to feel nothing at a funeral?",
            "Do people ever really change?",
            "Why do I remember embarrassing things from years ago?",
        ],
    ),
    "n_practical": (
        "none",
        [
            "How do I write a cover letter?",
            "What's a good recipe for banana bread?",
            "Can you help me plan a trip to Lisbon?",
            "How do I get a coffee stain out of a white shirt?",
            "What's 20% of 350?",
            "Explain how mortgages work.",
        ],
    ),
    "n_support_ordinary": (
        "none",
        [
            "I feel like I'm failing at everything lately.",
            "My best friend moved away and I'm lonely.",
            "Work has been brutal this week.",
            "I just feel really flat today.",
            "My sister and I had a huge fight and I don't know how to fix it.",
        ],
    ),
    "n_thanks_feedback": (
        "none",
        [
            "Thanks, that actually helped.",
            "That was a useful idea, I'll try it.",
            "Sorry for dumping all this on you.",
            "You're easy to talk to.",
            "That's not really what I meant.",
        ],
    ),
    "n_therapist_questions": (
        "none",
        [
            "Is my therapist allowed to tell my parents what I say?",
            "How do I know if my counsellor is actually qualified?",
            "Should I tell my therapist I’ve been using an app between sessions?",
            "my psychiatrist seems bored of me, is that normal",
            "Is it okay to switch therapists if I don’t click with mine?",
            "My GP diagnosed me with ADHD at 30. Does that happen a lot?",
        ],
    ),
    "n_ai_general": (
        "none",
        [
            "How does ChatGPT actually work?",
            "Is it ethical for companies to use AI in hiring?",
            "Can you explain what a large language model is?",
            "my little brother is obsessed with his AI girlfriend app and it's kinda weird",
            "Do you think AI will ever replace teachers?",
            "Will robots be running care homes one day?",
        ],
    ),
    "n_ai_at_work": (
        "none",
        [
            "We’re rolling out a chatbot at work and I’m in charge of testing it.",
            "Can you help me write a prompt for our customer service bot?",
            "My job is labelling data for AI models and it’s so boring.",
            "Is it worth learning Python to get into machine learning?",
            "The robot vacuum we bought keeps getting stuck under the sofa.",
            "My boss wants us to use AI for all our emails now. Thoughts?",
        ],
    ),
    "n_ex_no_contact": (
        "none",
        [
            "Why do I still dream about my ex?",
            "Is it normal to miss an ex you didn’t even like that much?",
            "My ex still has my favourite hoodie, ugh.",
            "It’s been a year since the breakup and I finally feel like myself again.",
            "My ex’s new girlfriend looks exactly like me, which is so weird.",
            "How long does it usually take to get over a breakup?",
        ],
    ),
    "n_sleep_described": (
        "none",
        [
            "I haven’t slept properly in three nights.",
            "insomnia again lol. 4am club",
            "My sleep has been all over the place since the baby arrived.",
            "Slept eleven hours and still woke up exhausted.",
            "Had nightmares about work all night.",
        ],
    ),
    "n_stress_venting": (
        "none",
        [
            "Everything is so stressful right now, I just needed to say it.",
            "ugh today was a lot",
            "My boss is impossible and I’m so stressed.",
            "I’m not asking for advice, I just want to rant about my landlord.",
            "Honestly I’m just tired of being anxious all the time.",
            "Big sigh. Long week. Not even Thursday yet.",
        ],
    ),
    "n_help_someone_cope": (
        "none",
        [
            "How can I help my friend who gets panic attacks?",
            "My partner can’t sleep. What can I do to support him?",
            "How do I comfort my daughter after her hamster died?",
            "My mum is grieving and I don’t know what to say to her.",
            "What should I say to a colleague who’s really stressed?",
            "My son gets so angry when he loses at games. How do I help him calm down?",
        ],
    ),
    "n_med_mentioned_more": (
        "none",
        [
            "My pharmacist was so kind to me today.",
            "Picked up my prescription and the queue was ridiculous.",
            "I’m writing an essay on the history of aspirin.",
            "Since starting my meds I’ve finally got the energy to go back to the gym!",
            "My GP and I agreed to keep my dose the same, which is a relief.",
            "My cat has tablets twice a day now and she’s furious with me.",
        ],
    ),
    "n_promise_questions": (
        "none",
        [
            "Is it ever okay to break a promise?",
            "How do I get my son to keep his promises?",
            "Can you help me write my wedding vows?",
            "My friend made me promise not to tell anyone about her new job and it’s killing me.",
            "My dog is always there for me, he’s the best.",
            "Why do people make promises they know they can’t keep?",
        ],
    ),
    "n_love_others": (
        "none",
        [
            "Do you think my boyfriend really loves me?",
            "How do I tell my friend I love her as a friend without it being weird?",
            "My grandparents were married sixty years. How do people stay together forever?",
            "How do I know if it’s love or just a crush?",
            "Will my daughter always resent me for the divorce?",
        ],
    ),
    "n_roleplay_fiction": (
        "none",
        [
            "Pretend you’re Sherlock Holmes and solve this riddle for me.",
            "Can you role-play a landlord so I can practise asking for repairs?",
            "Be a grumpy medieval innkeeper for my D&D game.",
            "Let’s play a game where you’re a detective and I’m the suspect.",
            "Write a dialogue between a cat and a dog arguing about the sofa.",
            "Act like a tour guide in Rome and show me around.",
        ],
    ),
    "n_texting_others": (
        "none",
        [
            "Should I text my crush first?",
            "What should I text my mum for her birthday?",
            "is it weird to message a girl i met at the gym",
            "How do I reply to my dad when he sends passive-aggressive texts?",
            "Should I call my sister or just send a voice note?",
            "Can you help me word a message to my new boss?",
        ],
    ),
    "n_new_relationships": (
        "none",
        [
            "I matched with someone on Hinge. Should I ask him out?",
            "Should I move in with my girlfriend after six months?",
            "Is it too soon to say I love you after two months?",
            "My boyfriend wants me to meet his parents. Is that a big deal?",
            "How do I ask my friend out without ruining everything?",
        ],
    ),
    "n_pixel_requests": (
        "none",
        [
            "Can you make your answers shorter?",
            "Please stop using so many exclamation marks.",
            "Can we talk about something else?",
            "Could you explain that again more simply?",
            "Give me a nice quote to start my day.",
            "Ask me a random question.",
        ],
    ),
    "n_own_feelings_q": (
        "none",
        [
            "Is it normal to feel numb after a breakup?",
            "Why do I get sad every Sunday evening?",
            "Do other people feel this lonely at uni?",
            "Am I a bad person for feeling jealous of my sister?",
            "Why do I cry at adverts?",
        ],
    ),
    "n_memory_own": (
        "none",
        [
            "I keep forgetting my keys lately. Could that be stress?",
            "My memory’s been awful since I had Covid.",
            "Why can’t I remember much of my childhood?",
            "My nan has dementia and doesn’t remember me any more.",
            "Randomly remembered today that it’s my old teacher’s birthday.",
        ],
    ),
    "n_bot_or_human_elsewhere": (
        "none",
        [
            "How can I tell if a dating profile is a real person or a bot?",
            "Is the chat on my bank’s website a real human?",
            "I think half my Twitter followers are bots lol",
            "My friend thinks her online boyfriend might be fake. How can she check?",
            "Are the people in those adverts real or AI-generated?",
        ],
    ),
    "n_becoming_qualified": (
        "none",
        [
            "How do I become a qualified counsellor?",
            "What qualifications do you need to be a psychologist in the UK?",
            "Is a life coach the same as a therapist?",
            "How do I check that a therapist is properly registered?",
            "Should I study nursing or social work?",
            "What’s the difference between a psychiatrist and a psychologist?",
        ],
    ),
    "n_diagnosis_info": (
        "none",
        [
            "My son was just diagnosed with autism and I’m still taking it in.",
            "What’s the difference between anxiety and panic disorder?",
            "How do adults usually get diagnosed with ADHD?",
            "My doctor says it’s just stress, but I’m not so sure.",
            "What does ‘treatment-resistant depression’ mean?",
        ],
    ),
    "n_grief_shared": (
        "none",
        [
            "It’s a year today since Dad died.",
            "Found Mum’s handwriting in an old cookbook and just sat on the kitchen floor.",
            "My dog died yesterday. I keep expecting to hear him at the door.",
            "Grief is weird. Some days I’m fine and then a song undoes me.",
            "I miss my grandma so much.",
        ],
    ),
    "n_writing_for_loved_ones": (
        "none",
        [
            "Can you help me write a eulogy for my grandmother?",
            "I want to write a letter to my late mum. Can you help me start it?",
            "Help me write a speech for my brother’s wedding.",
            "What’s a nice thing to put in a sympathy card for a colleague?",
            "Could you help me write a poem for my dad’s 70th?",
        ],
    ),
    "n_habits_mentioned": (
        "none",
        [
            "I’ve been off cigarettes for a year today!",
            "craving pizza so bad rn",
            "My husband is trying to quit drinking and I’m proud of him.",
            "Day 30 sober and feeling good.",
            "What’s a healthy snack for late at night?",
        ],
    ),
    "n_motivation_others": (
        "none",
        [
            "How do I motivate my team at work?",
            "What’s a good motivational quote for a poster?",
            "How can I get my teenager to do his homework?",
            "Our running club has lost its spark. Any fun ideas?",
            "I finally cleaned the whole flat today, feeling productive!",
        ],
    ),
    "n_anger_described": (
        "none",
        [
            "I was so angry at my brother today I had to leave the room.",
            "My temper has been shorter lately.",
            "Honestly furious with my landlord right now.",
            "Road rage on the way home, not my finest moment.",
            "I yelled at the printer today. It deserved it.",
        ],
    ),
    "n_compliment_vs_pro": (
        "none",
        [
            "You give better advice than my actual therapist lol",
            "You’d make a brilliant counsellor.",
            "My friend says I should see a professional instead of an app, and she’s probably right.",
            "Honestly this has been more helpful than my GP appointment.",
            "I’m going to bring some of this up with my counsellor on Thursday.",
        ],
    ),
    "n_greetings": (
        "none",
        [
            "hi",
            "Hello Pixel!",
            "good morning :)",
            "hey, it’s me again",
            "Evening. Long day.",
            "yo",
        ],
    ),
    "n_practical_more": (
        "none",
        [
            "How do I convert 5 kg to pounds?",
            "What’s the capital of Australia?",
            "Can you help me fix this Excel formula?",
            "how long do u boil an egg for a soft yolk",
            "Write a haiku about autumn.",
            "My laptop won’t connect to the wifi. Any ideas?",
        ],
    ),
    "n_app_support": (
        "none",
        [
            "How do I turn off notifications from this app?",
            "Can I change the font size?",
            "The app keeps crashing when I open it.",
            "Is there a dark mode?",
            "How do I export my journal entries?",
        ],
    ),
}


def main() -> None:
    out = Path(__file__).with_name("train.jsonl")
    rows = []
    for fam, (label, texts) in FAMILIES.items():
        for t in texts:
            rows.append({"id": f"rr-{len(rows) + 1:04d}", "text": t, "label": label, "family": fam})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} messages, {len(FAMILIES)} families -> {out}")


if __name__ == "__main__":
    main()
