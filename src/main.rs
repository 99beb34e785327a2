fn main() {
    yew::Renderer::<capex_calculator::App>::new().render();
}
